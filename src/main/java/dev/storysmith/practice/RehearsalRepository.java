package dev.storysmith.practice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every method takes the owner. */
interface RehearsalRepository extends JpaRepository<Rehearsal, Long> {

	Optional<Rehearsal> findByIdAndOwnerId(Long id, Long ownerId);

	List<Rehearsal> findByOwnerIdAndStoryIdOrderByCreatedAtDesc(Long ownerId, Long storyId);

	List<Rehearsal> findByOwnerIdOrderByCreatedAtAsc(Long ownerId);

}
