package dev.storysmith.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal access token; only the SHA-256 of the secret is kept. */
@Entity
@Table(name = "access_token")
class AccessToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_id", nullable = false)
	private Long ownerId;

	@Column(nullable = false, length = 60)
	private String name;

	@Column(name = "token_hash", nullable = false, length = 64, unique = true)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	protected AccessToken() {
	}

	AccessToken(Long ownerId, String name, String tokenHash, Instant createdAt) {
		this.ownerId = ownerId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
	}

	Long getOwnerId() {
		return ownerId;
	}

	/** Notes a use, at most once per {@code resolution}, so busy API clients do not write on every call. */
	void markUsed(Instant now, java.time.Duration resolution) {
		if (lastUsedAt == null || lastUsedAt.plus(resolution).isBefore(now)) {
			this.lastUsedAt = now;
		}
	}

	TokenView toView() {
		return new TokenView(id, name, createdAt, lastUsedAt);
	}

}
