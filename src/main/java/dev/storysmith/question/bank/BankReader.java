package dev.storysmith.question.bank;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.util.unit.DataSize;

/**
 * Lists and reads the bank's markdown files below a location. A file that is too large, cannot
 * be read, or is reached through a symbolic link to outside the folder is reported instead of
 * read, so one bad file never stops the others.
 */
class BankReader {

	private final ResourcePatternResolver resolver;

	private final DataSize maxFileSize;

	BankReader(ResourcePatternResolver resolver, DataSize maxFileSize) {
		this.resolver = resolver;
		this.maxFileSize = maxFileSize;
	}

	record Result(List<BankFile> files, List<ImportReport.Failure> failures) {
	}

	Result read(String location) throws IOException {
		String base = location.endsWith("/") ? location : location + "/";
		Resource root = resolver.getResource(base);
		if (!root.exists()) {
			throw new IOException("the bank folder " + base + " does not exist");
		}
		String rootUrl = root.isFile() ? root.getFile().toPath().toAbsolutePath().normalize().toUri().toString()
				: root.getURL().toString();
		List<BankFile> files = new ArrayList<>();
		List<ImportReport.Failure> failures = new ArrayList<>();
		List<Resource> resources = new ArrayList<>(List.of(resolver.getResources(base + "**/*.md")));
		resources.sort(Comparator.comparing(r -> nameOf(r, rootUrl)));
		Path realRoot = root.isFile() ? root.getFile().toPath().toRealPath() : null;
		for (Resource resource : resources) {
			String name = nameOf(resource, rootUrl);
			try {
				refuseOutside(resource, realRoot);
				files.add(new BankFile(name, readLimited(resource)));
			}
			catch (BankFileException ex) {
				failures.add(new ImportReport.Failure(name, ex.getMessage()));
			}
		}
		return new Result(files, failures);
	}

	/**
	 * Refuses a file that is, or lies in a folder that is, a symbolic link to somewhere outside
	 * the bank folder: the bank's author decides what the bank holds, not a link to /etc.
	 */
	private static void refuseOutside(Resource resource, Path realRoot) throws BankFileException {
		if (realRoot == null) {
			return;
		}
		try {
			if (!resource.isFile() || !resource.getFile().toPath().toRealPath().startsWith(realRoot)) {
				throw new BankFileException("the file is a link to a place outside the bank folder");
			}
		}
		catch (IOException ex) {
			throw new BankFileException("the file cannot be read: " + ex.getMessage());
		}
	}

	private byte[] readLimited(Resource resource) throws BankFileException {
		long limit = maxFileSize.toBytes();
		try (InputStream in = resource.getInputStream()) {
			byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			if (content.length > limit) {
				throw new BankFileException("the file is larger than the limit of " + maxFileSize.toKilobytes() + " KB");
			}
			return content;
		}
		catch (IOException ex) {
			throw new BankFileException("the file cannot be read: " + ex.getMessage());
		}
	}

	/** The path below the bank folder ("frameworks/star.md"), which decides what a file is. */
	private static String nameOf(Resource resource, String rootUrl) {
		try {
			String url = resource.isFile()
					? resource.getFile().toPath().toAbsolutePath().normalize().toUri().toString()
					: resource.getURL().toString();
			if (url.startsWith(rootUrl)) {
				return url.substring(rootUrl.length());
			}
		}
		catch (IOException ex) {
			// fall back to the bare file name below
		}
		return String.valueOf(resource.getFilename());
	}

}
