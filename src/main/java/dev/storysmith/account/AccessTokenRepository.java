package dev.storysmith.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Every method that reads a user's tokens takes the owner, so one user never reaches another's. */
interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {

	List<AccessToken> findByOwnerIdOrderByCreatedAtDesc(Long ownerId);

	Optional<AccessToken> findByIdAndOwnerId(Long id, Long ownerId);

	Optional<AccessToken> findByTokenHash(String tokenHash);

	long countByOwnerId(Long ownerId);

	@Modifying
	@Query("delete from AccessToken t where t.ownerId = :ownerId")
	void deleteByOwnerId(Long ownerId);

}
