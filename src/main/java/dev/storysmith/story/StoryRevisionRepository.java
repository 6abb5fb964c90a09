package dev.storysmith.story;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every method takes the owner, like {@link StoryRepository}. */
interface StoryRevisionRepository extends JpaRepository<StoryRevision, Long> {

	List<StoryRevision> findByStoryIdAndOwnerIdOrderByNumberDesc(Long storyId, Long ownerId);

	Optional<StoryRevision> findByIdAndStoryIdAndOwnerId(Long id, Long storyId, Long ownerId);

	@Query("select new dev.storysmith.story.RevisionSummary(r.id, r.number, r.createdAt, r.overall) "
			+ "from StoryRevision r where r.storyId = :storyId and r.ownerId = :ownerId order by r.number desc")
	List<RevisionSummary> summaries(Long storyId, Long ownerId);

	Optional<StoryRevision> findFirstByStoryIdAndOwnerIdOrderByNumberDesc(Long storyId, Long ownerId);

	long countByStoryIdAndOwnerId(Long storyId, Long ownerId);

	List<StoryRevision> findByOwnerIdOrderByCreatedAtAsc(Long ownerId);

}
