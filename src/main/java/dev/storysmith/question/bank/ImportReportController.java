package dev.storysmith.question.bank;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /admin/import}: what the last bank import loaded, skipped and why. */
@Controller
class ImportReportController {

	static final String VIEW = "admin/import";

	private final BankImporter importer;

	ImportReportController(BankImporter importer) {
		this.importer = importer;
	}

	@GetMapping("/admin/import")
	String report(Model model) {
		model.addAttribute("report", importer.lastReport());
		return VIEW;
	}

}
