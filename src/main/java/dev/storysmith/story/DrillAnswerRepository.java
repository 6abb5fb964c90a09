package dev.storysmith.story;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every method takes the owner, like {@link StoryRepository}. */
interface DrillAnswerRepository extends JpaRepository<DrillAnswer, Long> {

	List<DrillAnswer> findByStoryIdAndOwnerIdOrderByIdAsc(Long storyId, Long ownerId);

	Optional<DrillAnswer> findByIdAndStoryIdAndOwnerId(Long id, Long storyId, Long ownerId);

}
