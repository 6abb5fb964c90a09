package dev.storysmith.story;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import dev.storysmith.rubric.Scorecard;
import dev.storysmith.system.PageNotFoundException;

@Controller
class StoryController {

	static final String LIST_VIEW = "story/list";

	static final String NEW_VIEW = "story/new";

	static final String EDITOR_VIEW = "story/editor";

	static final String REVISION_VIEW = "story/revision";

	private final StoryService stories;

	private final FrameworkCatalog frameworks;

	private final QuestionCatalog questions;

	private final MessageSource messages;

	StoryController(StoryService stories, FrameworkCatalog frameworks, QuestionCatalog questions,
			MessageSource messages) {
		this.stories = stories;
		this.frameworks = frameworks;
		this.questions = questions;
		this.messages = messages;
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
		model.addAttribute("frameworkNames", frameworkNames());
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
	String newStory(@RequestParam Optional<String> question, @RequestParam Optional<String> framework, Model model) {
		NewStoryForm form = new NewStoryForm();
		Optional<QuestionDetail> linked = question.flatMap(questions::find);
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
				linked.map(q -> java.util.Set.of(q.id())).orElse(java.util.Set.of()),
				linked.map(q -> new java.util.LinkedHashSet<>(q.competencies())).orElse(new java.util.LinkedHashSet<>()));
		try {
			return "redirect:/stories/" + stories.create(me.id(), content).id();
		}
		catch (StoryExceptions.Invalid ex) {
			StoryErrors.reject(errors, ex.problems());
			model.addAttribute("linked", linked.orElse(null));
			model.addAttribute("frameworks", frameworks.all());
			return NEW_VIEW;
		}
	}

	@GetMapping("/stories/{id}")
	String editor(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		StoryView story = load(me, id);
		model.addAttribute("form", StoryForm.of(story));
		return showEditor(me, story, StoryForm.of(story), model);
	}

	@PostMapping("/stories/{id}")
	String save(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("form") StoryForm form, BindingResult errors,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		StoryView current = load(me, id);
		try {
			if (action.equals("revision")) {
				stories.saveRevision(me.id(), id, form.getVersion(), form.toContent());
				redirect.addFlashAttribute("message", "story.revision.saved");
			}
			else {
				stories.update(me.id(), id, form.getVersion(), form.toContent());
				redirect.addFlashAttribute("message", "story.saved");
			}
			return "redirect:/stories/" + id;
		}
		catch (StoryExceptions.Invalid ex) {
			StoryErrors.reject(errors, ex.problems());
		}
		catch (StoryExceptions.Stale ex) {
			model.addAttribute("stale", true);
		}
		return showEditor(me, current, form, model);
	}

	/** The editor's background save: answers JSON so the page can say "saved" or why not. */
	@PostMapping("/stories/{id}/autosave")
	ResponseEntity<Map<String, Object>> autosave(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute StoryForm form, java.util.Locale locale) {
		try {
			StoryView saved = stories.update(me.id(), id, form.getVersion(), form.toContent());
			return ResponseEntity.ok(Map.of("version", saved.version(), "savedAt", saved.updatedAt().toString(),
					"overall", saved.lastOverall()));
		}
		catch (StoryExceptions.NotFound ex) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(Map.of("message", messages.getMessage("story.notFound", null, locale)));
		}
		catch (StoryExceptions.Stale ex) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(Map.of("message", messages.getMessage("story.stale", null, locale)));
		}
		catch (StoryExceptions.Invalid ex) {
			return ResponseEntity.badRequest().body(Map.of("message", StoryErrors.describe(ex.problems(), messages, locale),
					"errors", StoryErrors.fields(ex.problems(), messages, locale)));
		}
	}

	@PostMapping("/stories/{id}/framework")
	String switchFramework(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("form") StoryForm form, BindingResult errors, @RequestParam String target, Model model,
			RedirectAttributes redirect) {
		StoryView current = load(me, id);
		try {
			stories.switchFramework(me.id(), id, form.getVersion(), form.toContent(), target);
			redirect.addFlashAttribute("message", "story.framework.switched");
			return "redirect:/stories/" + id;
		}
		catch (StoryExceptions.Invalid ex) {
			StoryErrors.reject(errors, ex.problems());
		}
		catch (StoryExceptions.Stale ex) {
			model.addAttribute("stale", true);
		}
		return showEditor(me, current, form, model);
	}

	@GetMapping("/stories/{id}/revisions/{revision}")
	String revision(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable long revision,
			Model model) {
		StoryView current = load(me, id);
		StoryView old = stories.revisionContent(me.id(), id, revision)
			.orElseThrow(() -> new PageNotFoundException("revision " + revision));
		model.addAttribute("story", current);
		model.addAttribute("old", old);
		model.addAttribute("revision", stories.revisions(me.id(), id).stream().filter(r -> r.id() == revision)
			.findFirst().orElseThrow());
		model.addAttribute("oldFramework", frameworks.find(old.framework()).orElse(null));
		model.addAttribute("framework", frameworks.find(current.framework()).orElse(null));
		return REVISION_VIEW;
	}

	@PostMapping("/stories/{id}/revisions/{revision}/restore")
	String restore(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, @PathVariable long revision,
			RedirectAttributes redirect) {
		try {
			stories.restore(me.id(), id, revision);
		}
		catch (StoryExceptions.NotFound ex) {
			throw new PageNotFoundException("revision " + revision);
		}
		redirect.addFlashAttribute("message", "story.revision.restored");
		return "redirect:/stories/" + id;
	}

	@PostMapping("/stories/{id}/delete")
	String delete(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		if (!stories.delete(me.id(), id)) {
			throw new PageNotFoundException("story " + id);
		}
		redirect.addFlashAttribute("message", "story.deleted");
		return "redirect:/stories";
	}

	private String showEditor(AccountPrincipal me, StoryView story, StoryForm form, Model model) {
		FrameworkView framework = frameworks.find(form.getFramework())
			.or(() -> frameworks.find(story.framework()))
			.orElseThrow(() -> new PageNotFoundException("framework " + story.framework()));
		List<QuestionDetail> linked = story.questionIds().stream().flatMap(q -> questions.find(q).stream()).toList();
		StoryContent scored = new StoryContent(form.getTitle(), framework.id(), form.getSections(), "", story.questionIds(),
				java.util.Set.of());
		Scorecard scorecard = stories.score(scored);
		model.addAttribute("form", form);
		model.addAttribute("page", new EditorPage(story, framework, frameworks.all(), scorecard,
				stories.followUps(scored, scorecard), stories.revisions(me.id(), story.id()), questions.competencies(), linked,
				EditorPage.compareWith(linked, framework.id())));
		return EDITOR_VIEW;
	}

	private StoryView load(AccountPrincipal me, long id) {
		return stories.find(me.id(), id).orElseThrow(() -> new PageNotFoundException("story " + id));
	}

	private Map<String, String> frameworkNames() {
		return frameworks.all().stream().collect(java.util.stream.Collectors.toMap(FrameworkView::id, FrameworkView::name));
	}

}
