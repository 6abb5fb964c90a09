package dev.storysmith.framework;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The frameworks the app knows. Reads are served from an in-memory snapshot, because the
 * editor and the rubric ask for a framework on every keystroke pause and the set only
 * changes when the bank is imported.
 */
@Service
public class FrameworkCatalog {

	private final FrameworkRepository repository;

	private volatile List<FrameworkView> snapshot;

	FrameworkCatalog(FrameworkRepository repository) {
		this.repository = repository;
	}

	/** All frameworks in picker order. */
	public List<FrameworkView> all() {
		List<FrameworkView> current = snapshot;
		return current == null ? reload() : current;
	}

	/**
	 * Reads the frameworks from the database again, for when another instance may have imported
	 * newer ones (the question bank snapshot calls this before it rebuilds).
	 */
	public List<FrameworkView> reload() {
		List<FrameworkView> current = repository.findAllByOrderByPositionAscIdAsc().stream().map(Framework::toView).toList();
		snapshot = current;
		return current;
	}

	public Optional<FrameworkView> find(String id) {
		return all().stream().filter(f -> f.id().equals(id)).findFirst();
	}

	/** Finds a framework by its id or its display name ("STAR+L"), ignoring case. */
	public Optional<FrameworkView> resolve(String idOrName) {
		String wanted = idOrName.strip().toLowerCase(Locale.ROOT);
		return all().stream()
			.filter(f -> f.id().equals(wanted) || f.name().toLowerCase(Locale.ROOT).equals(wanted))
			.findFirst();
	}

	/**
	 * Stores a framework read from the bank, unless the stored copy came from identical content.
	 * @return true when something was written
	 */
	@Transactional
	public boolean save(FrameworkDefinition definition, String contentHash) {
		FrameworkView view = definition.view();
		Framework framework = repository.findById(view.id()).orElseGet(() -> new Framework(view.id()));
		if (contentHash.equals(framework.getContentHash()) && framework.getPosition() == definition.order()) {
			return false;
		}
		framework.update(view, definition.order(), contentHash);
		repository.save(framework);
		snapshot = null;
		return true;
	}

}
