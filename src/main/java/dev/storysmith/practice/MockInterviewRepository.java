package dev.storysmith.practice;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Every method takes the owner. */
interface MockInterviewRepository extends JpaRepository<MockInterview, Long> {

	Optional<MockInterview> findByIdAndOwnerId(Long id, Long ownerId);

	/**
	 * The mock with its row locked until the transaction ends, so two hand-ins of the same page
	 * (a double click, a resent form) are taken one after the other and the second finds the
	 * answer already given.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from MockInterview m where m.id = ?1 and m.ownerId = ?2")
	Optional<MockInterview> lockByIdAndOwnerId(Long id, Long ownerId);

	List<MockInterview> findByOwnerIdOrderByStartedAtDesc(Long ownerId);

}
