package dev.storysmith.story.export;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.storysmith.account.AccountPrincipal;

/**
 * The interview-day one-pager of up to six picked stories ({@code ids=1,2}): a page made for
 * printing, and the same sheet as a one-page PDF for pages and API clients. Another user's
 * story is a 404, no pick or more than six a 400 (problem details under {@code /api/}).
 */
@Controller
class OnePagerController {

	static final String VIEW = "export/one-pager";

	private final OnePagers onePagers;

	private final OnePagerPdf pdf;

	OnePagerController(OnePagers onePagers, OnePagerPdf pdf) {
		this.onePagers = onePagers;
		this.pdf = pdf;
	}

	@GetMapping("/stories/one-pager")
	String page(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String ids, Model model) {
		model.addAttribute("onePager", onePagers.build(me.id(), ids));
		model.addAttribute("ids", ids);
		return VIEW;
	}

	@GetMapping({ "/stories/one-pager.pdf", "/api/stories/one-pager.pdf" })
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String ids,
			Locale locale) {
		byte[] body = pdf.render(onePagers.build(me.id(), ids), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("storysmith-one-pager.pdf").build().toString())
			.body(body);
	}

}
