package dev.storysmith.story;

import java.util.List;
import java.util.Map;

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

/** The story editor: saves, the background save, switching framework. */
@Controller
class StoryController {

	static final String EDITOR_VIEW = "story/editor";

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

	@GetMapping("/stories/{id}")
	String editor(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		EditorDraft draft = stories.openEditor(me.id(), id).orElseThrow(() -> new PageNotFoundException("story " + id));
		return showEditor(draft, StoryForm.of(draft.story()), draft.scorecard(), model);
	}

	@PostMapping("/stories/{id}")
	String save(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute("form") StoryForm form, BindingResult errors,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		load(me, id);
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
		return showEditor(me, id, form, model);
	}

	/** The editor's background save: answers JSON so the page can say "saved" or why not. */
	@PostMapping("/stories/{id}/autosave")
	ResponseEntity<Map<String, Object>> autosave(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@ModelAttribute StoryForm form, java.util.Locale locale) {
		try {
			SavedStory saved = stories.updateScored(me.id(), id, form.getVersion(), form.toContent());
			return ResponseEntity.ok(Map.of("version", saved.story().version(), "savedAt",
					saved.story().updatedAt().toString(), "scorecard", saved.scorecard(), "followUps",
					stories.followUps(saved.story().content(), saved.scorecard())));
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
		load(me, id);
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
		return showEditor(me, id, form, model);
	}

	/** The editor again after a refused save: the text as posted, beside the field errors. */
	private String showEditor(AccountPrincipal me, long id, StoryForm form, Model model) {
		EditorDraft draft = stories.openEditor(me.id(), id).orElseThrow(() -> new PageNotFoundException("story " + id));
		StoryContent posted = new StoryContent(form.getTitle(), form.getFramework(), form.getSections(), "",
				java.util.Set.of(), java.util.Set.of());
		boolean knownFramework = frameworks.find(form.getFramework()).isPresent();
		return showEditor(draft, form, knownFramework ? stories.score(posted) : draft.scorecard(), model);
	}

	private String showEditor(EditorDraft draft, StoryForm form, Scorecard scorecard, Model model) {
		StoryView story = draft.story();
		FrameworkView framework = frameworks.find(form.getFramework())
			.or(() -> frameworks.find(story.framework()))
			.orElseThrow(() -> new PageNotFoundException("framework " + story.framework()));
		List<QuestionDetail> linked = story.questionIds().stream().flatMap(q -> questions.find(q).stream()).toList();
		StoryContent shown = new StoryContent(form.getTitle(), framework.id(), form.getSections(), "",
				story.questionIds(), java.util.Set.of());
		model.addAttribute("form", form);
		model.addAttribute("page", new EditorPage(story, framework, frameworks.all(), scorecard,
				stories.followUps(shown, scorecard), draft.revisions(), questions.competencies(), linked,
				EditorPage.retired(story.questionIds(), linked),
				EditorPage.compareWith(linked, framework.id())));
		return EDITOR_VIEW;
	}

	private StoryView load(AccountPrincipal me, long id) {
		return stories.find(me.id(), id).orElseThrow(() -> new PageNotFoundException("story " + id));
	}

}
