package dev.storysmith.account;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serializes work on one account's data across requests and app instances: other modules hold
 * the account's row lock for a transaction instead of querying the account table themselves.
 */
@Service
public class AccountLocks {

	private final EntityManager entityManager;

	AccountLocks(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Holds the account's row until the caller's transaction ends, so two such transactions for
	 * one account run one after the other.
	 * @return false when another transaction held the lock longer than the database waits, or
	 *     the account does not exist
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean lock(long accountId) {
		try {
			return entityManager.find(UserAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE) != null;
		}
		catch (PessimisticLockException | LockTimeoutException | org.hibernate.PessimisticLockException
				| PessimisticLockingFailureException ex) {
			return false;
		}
	}

}
