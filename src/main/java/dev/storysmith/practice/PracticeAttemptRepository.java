package dev.storysmith.practice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every method takes the owner. */
interface PracticeAttemptRepository extends JpaRepository<PracticeAttempt, Long> {

	Optional<PracticeAttempt> findByIdAndOwnerId(Long id, Long ownerId);

	List<PracticeAttempt> findByOwnerIdOrderByStartedAtDesc(Long ownerId);

}
