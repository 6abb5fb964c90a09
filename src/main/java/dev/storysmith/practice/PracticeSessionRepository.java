package dev.storysmith.practice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every method takes the owner. */
interface PracticeSessionRepository extends JpaRepository<PracticeSession, Long> {

	Optional<PracticeSession> findByIdAndOwnerId(Long id, Long ownerId);

	List<PracticeSession> findByOwnerIdOrderByStartedAtDesc(Long ownerId);

}
