package dev.storysmith.story;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.framework.FrameworkView;
import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.question.QuestionDetail;
import dev.storysmith.system.PageNotFoundException;

/** The story bank: the list with its filters, starting a new story and deleting one. */
@Controller
class StoryBankController {

	static final String LIST_VIEW = "story/list";

	static final String NEW_VIEW = "story/new";

	private final StoryService stories;

	private final FrameworkCatalog frameworks;

	private final QuestionCatalog questions;

	StoryBankController(StoryService stories, FrameworkCatalog frameworks, QuestionCatalog questions) {
		this.stories = stories;
		this.frameworks = frameworks;
		this.questions = questions;
	}

	@GetMapping("/stories")
	String list(@AuthenticationPrincipal AccountPrincipal me, @RequestParam Optional<String> competency,
			@RequestParam Optional<String> question, Model model) {
		String c = competency.filter(s -> !s.isBlank()).orElse(null);
		String q = question.filter(s -> !s.isBlank()).orElse(null);
		List<StoryView> all = stories.list(me.id());
		model.addAttribute("stories", all.stream().filter(s -> s.matches(c, q)).toList());
		model.addAttribute("total", all.size());
		model.addAttribute("competencies", questions.competencies());
		model.addAttribute("competencyNames", questions.competencyNames());
		model.addAttribute("frameworkNames",
				frameworks.all().stream().collect(Collectors.toMap(FrameworkView::id, FrameworkView::name)));
		model.addAttribute("linkedQuestions", all.stream()
			.flatMap(s -> s.questionIds().stream())
			.distinct()
			.flatMap(id -> questions.find(id).stream())
			.toList());
		model.addAttribute("competency", c);
		model.addAttribute("question", q);
		return LIST_VIEW;
	}

	@GetMapping("/stories/new")
	String newStory(@AuthenticationPrincipal AccountPrincipal me, @RequestParam Optional<String> question,
			@RequestParam Optional<String> framework, Model model) {
		NewStoryForm form = new NewStoryForm();
		Optional<QuestionDetail> linked = question.flatMap(questions::find);
		model.addAttribute("existing", linked.map(q -> stories.answering(me.id(), q.id())).orElse(List.of()));
		linked.ifPresent(q -> {
			form.setQuestion(q.id());
			form.setTitle(q.title());
			q.frameworks().stream().findFirst().ifPresent(form::setFramework);
		});
		framework.filter(f -> frameworks.find(f).isPresent()).ifPresent(form::setFramework);
		model.addAttribute("form", form);
		model.addAttribute("linked", linked.orElse(null));
		model.addAttribute("frameworks", frameworks.all());
		return NEW_VIEW;
	}

	@PostMapping("/stories")
	String create(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("form") NewStoryForm form,
			BindingResult errors, Model model) {
		Optional<QuestionDetail> linked = Optional.ofNullable(form.getQuestion())
			.filter(s -> !s.isBlank())
			.flatMap(questions::find);
		StoryContent content = new StoryContent(form.getTitle(), form.getFramework(), Map.of(), "",
				linked.map(q -> Set.of(q.id())).orElse(Set.of()),
				linked.map(q -> new LinkedHashSet<>(q.competencies())).orElse(new LinkedHashSet<>()));
		try {
			return "redirect:/stories/" + stories.create(me.id(), content).id();
		}
		catch (StoryExceptions.Invalid ex) {
			StoryErrors.reject(errors, ex.problems());
			model.addAttribute("existing", List.of());
			model.addAttribute("linked", linked.orElse(null));
			model.addAttribute("frameworks", frameworks.all());
			return NEW_VIEW;
		}
	}

	@PostMapping("/stories/{id}/delete")
	String delete(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		if (!stories.delete(me.id(), id)) {
			throw new PageNotFoundException("story " + id);
		}
		redirect.addFlashAttribute("message", "story.deleted");
		return "redirect:/stories";
	}

}
