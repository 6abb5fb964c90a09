package dev.storysmith.story.backup;

import java.io.IOException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.story.StoryArchive;

/**
 * Backup and restore for people in a browser: {@code /stories/backup} offers the download
 * and an upload form. The same checks and the same all-or-nothing restore as the API; the
 * outcome is shown after a redirect, so reloading never restores twice.
 */
@Controller
class BackupController {

	static final String VIEW = "backup/backup";

	private final BackupService backups;

	private final BackupReader reader;

	private final BackupProperties properties;

	private final StoryArchive archive;

	private final MessageSource messages;

	BackupController(BackupService backups, BackupReader reader, BackupProperties properties, StoryArchive archive,
			MessageSource messages) {
		this.backups = backups;
		this.reader = reader;
		this.properties = properties;
		this.archive = archive;
		this.messages = messages;
	}

	@GetMapping("/stories/backup")
	String page(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("storyCount", archive.count(me.id()));
		model.addAttribute("maxSize", properties.maxRestoreSize().toMegabytes() > 0
				? properties.maxRestoreSize().toMegabytes() + " MB" : properties.maxRestoreSize().toKilobytes() + " KB");
		return VIEW;
	}

	@PostMapping("/stories/restore")
	String restore(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) MultipartFile file,
			Locale locale, RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw BackupProblem.of(HttpStatus.BAD_REQUEST, "backup.problem.malformed",
						"file", "backup.file.missing");
			}
			byte[] body = BackupLimits.read(file.getSize(), file.getInputStream(), properties);
			BackupService.RestoreReport report = backups.restore(me.id(), reader.read(body));
			redirect.addFlashAttribute("restored", report);
		}
		catch (BackupProblem ex) {
			redirect.addFlashAttribute("restoreTitle", ex.title(messages, locale));
			redirect.addFlashAttribute("restoreError", ex.detail(messages, locale));
			redirect.addFlashAttribute("restoreErrors", ex.errors(messages, locale));
		}
		return "redirect:/stories/backup";
	}

}
