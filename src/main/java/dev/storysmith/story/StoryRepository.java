package dev.storysmith.story;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every method takes the owner: a story id alone never reaches a row. */
interface StoryRepository extends JpaRepository<Story, Long> {

	Optional<Story> findByIdAndOwnerId(Long id, Long ownerId);

	List<Story> findByOwnerIdOrderByUpdatedAtDesc(Long ownerId);

	long countByOwnerId(Long ownerId);

}
