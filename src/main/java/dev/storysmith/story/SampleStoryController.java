package dev.storysmith.story;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.storysmith.account.AccountPrincipal;

@Controller
class SampleStoryController {

	private final SampleStory sample;

	SampleStoryController(SampleStory sample) {
		this.sample = sample;
	}

	@PostMapping("/stories/sample")
	String create(@AuthenticationPrincipal AccountPrincipal me, Locale locale, RedirectAttributes redirect) {
		StoryView story = sample.create(me.id(), locale);
		redirect.addFlashAttribute("message", "story.sample.created");
		return "redirect:/stories/" + story.id();
	}

}
