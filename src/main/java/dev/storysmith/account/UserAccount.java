package dev.storysmith.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "user_account")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 40, unique = true)
	private String username;

	@Column(name = "password_hash", nullable = false, length = 200)
	private String passwordHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "low_anxiety", nullable = false)
	private boolean lowAnxiety;

	@Column(name = "session_epoch", nullable = false)
	private int sessionEpoch;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
	}

	Long getId() {
		return id;
	}

	String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	boolean isLowAnxiety() {
		return lowAnxiety;
	}

	void setLowAnxiety(boolean lowAnxiety) {
		this.lowAnxiety = lowAnxiety;
	}

	int getSessionEpoch() {
		return sessionEpoch;
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	/** Ends every session and sign-in made before this moment (they carry the old epoch). */
	void endAllSessions() {
		sessionEpoch++;
	}

}
