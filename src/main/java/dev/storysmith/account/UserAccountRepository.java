package dev.storysmith.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	@Query("select a.sessionEpoch from UserAccount a where a.id = :id")
	Optional<Integer> findSessionEpochById(Long id);

}
