package dev.storysmith.story;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every method takes the owner, like {@link StoryRepository}. */
interface StoryRevisionRepository extends JpaRepository<StoryRevision, Long> {

	List<StoryRevision> findByStoryIdAndOwnerIdOrderByNumberDesc(Long storyId, Long ownerId);

	Optional<StoryRevision> findByIdAndStoryIdAndOwnerId(Long id, Long storyId, Long ownerId);

	long countByStoryIdAndOwnerId(Long storyId, Long ownerId);

	List<StoryRevision> findByOwnerIdOrderByCreatedAtAsc(Long ownerId);

}
