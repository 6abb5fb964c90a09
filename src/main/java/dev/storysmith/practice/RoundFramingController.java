package dev.storysmith.practice;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.storysmith.account.AccountPrincipal;

@Controller
class RoundFramingController {

	private final RoundFraming framing;

	private final PracticeService practice;

	RoundFramingController(RoundFraming framing, PracticeService practice) {
		this.framing = framing;
		this.practice = practice;
	}

	@PostMapping("/practice/{id}/framework")
	String switchFramework(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(defaultValue = "") String framework, RedirectAttributes redirect) {
		practice.find(me.id(), id).orElseThrow(() -> new PracticeNotFound(id));
		boolean switched = framing.switchTo(me.id(), id, framework);
		redirect.addFlashAttribute(switched ? "message" : "error",
				switched ? "practice.framework.switched" : "practice.framework.refused");
		return "redirect:/practice/" + id;
	}

}
