package dev.storysmith.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every method takes the owner: a plan id alone never reaches a row. */
interface SavedPlanRepository extends JpaRepository<SavedPlan, Long> {

	Optional<SavedPlan> findByIdAndOwnerId(Long id, Long ownerId);

	List<SavedPlan> findByOwnerIdOrderByUpdatedAtDescIdDesc(Long ownerId);

	long countByOwnerId(Long ownerId);

}
