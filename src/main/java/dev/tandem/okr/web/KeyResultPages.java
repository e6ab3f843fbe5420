package dev.tandem.okr.web;

import java.time.YearMonth;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tandem.okr.CheckIns;
import dev.tandem.okr.ConfidenceLevel;
import dev.tandem.okr.DraftedCheckIns;
import dev.tandem.okr.KeyResultId;
import dev.tandem.okr.KeyResultUnit;
import dev.tandem.okr.KeyResults;
import dev.tandem.okr.OkrSettings;
import dev.tandem.okr.QuarterClosing;
import dev.tandem.okr.web.OkrForms.CheckInForm;
import dev.tandem.okr.web.OkrForms.KeyResultForm;
import dev.tandem.okr.web.OkrForms.ScoreForm;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.StaleVersionException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The key result page: a chart of check-in values against the straight line from baseline
 * to target, the history, the check-in form (in place with htmx), editing and scoring.
 */
@Controller
@RequestMapping("/okrs/key-results")
class KeyResultPages {

	private final MessageSource messages;

	static final int HISTORY = 30;

	private final KeyResults keyResults;

	private final CheckIns checkIns;

	private final QuarterClosing closing;

	private final OkrSettings settings;

	private final DraftedCheckIns drafts;

	KeyResultPages(KeyResults keyResults, CheckIns checkIns, QuarterClosing closing, OkrSettings settings,
			DraftedCheckIns drafts, MessageSource messages) {
		this.drafts = drafts;
		this.messages = messages;
		this.keyResults = keyResults;
		this.checkIns = checkIns;
		this.closing = closing;
		this.settings = settings;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("units", KeyResultUnit.values());
		model.addAttribute("confidences", ConfidenceLevel.values());
		model.addAttribute("errors", Map.of());
		model.addAttribute("checkInErrors", Map.of());
		model.addAttribute("sources", keyResults.sourceChoices());
	}

	@GetMapping("/{id}")
	String keyResult(@PathVariable KeyResultId id, Model model) {
		var month = YearMonth.from(settings.today()).toString();
		var keyResult = keyResults.get(id);
		// The check-in starts from its draft when one is drafted from data, else a
		// measured
		// key result's check-in starts from the value its source measured.
		var draft = drafts.draft(id).orElse(null);
		model.addAttribute("draft", draft);
		model.addAttribute("checkInForm", draft != null ? CheckInForm.drafted(draft) : keyResult.measured()
				? CheckInForm.prefilled(month, keyResult.currentValue()) : CheckInForm.empty(month));
		return show(id, model, "okr/key-result");
	}

	@PostMapping("/{id}/check-ins")
	String checkIn(@PathVariable KeyResultId id, @ModelAttribute("checkInForm") CheckInForm form, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response) {
		var isHtmx = "true".equals(htmx);
		try {
			checkIns.record(id, form.entry());
			if (!isHtmx) {
				return "redirect:/okrs/key-results/" + id;
			}
			model.addAttribute("checkInForm", CheckInForm.empty(form.month()));
		}
		catch (InvalidInputException e) {
			model.addAttribute("checkInErrors", OkrForms.errorsOf(e, messages));
			if (!isHtmx) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
		}
		return show(id, model, isHtmx ? "okr/key-result :: live" : "okr/key-result");
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable KeyResultId id, Model model) {
		var keyResult = keyResults.get(id);
		model.addAttribute("keyResult", keyResult);
		model.addAttribute("form", KeyResultForm.of(keyResult));
		return "okr/key-result-form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable KeyResultId id, @ModelAttribute("form") KeyResultForm form, Model model,
			HttpServletResponse response) {
		try {
			keyResults.update(id, OkrForms.version(form.version()), form.details());
			return "redirect:/okrs/key-results/" + id + "?saved";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", OkrForms.errorsOf(e, messages));
		}
		catch (StaleVersionException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("stale", true);
		}
		model.addAttribute("keyResult", keyResults.get(id));
		return "okr/key-result-form";
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable KeyResultId id, @RequestParam(required = false) String version) {
		var objective = keyResults.get(id).objectiveId();
		keyResults.remove(id, OkrForms.version(version));
		return "redirect:/okrs/objectives/" + objective;
	}

	@PostMapping("/{id}/score")
	String score(@PathVariable KeyResultId id, @ModelAttribute ScoreForm form, Model model,
			HttpServletResponse response) {
		var keyResult = keyResults.get(id);
		try {
			closing.score(id, form.value(), form.reason());
			return "redirect:/okrs/objectives/" + keyResult.objectiveId() + "/close";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("objective", closing.scoring(keyResult.objectiveId()));
			model.addAttribute("scoreErrors", OkrForms.errorsOf(e, messages));
			model.addAttribute("scoredKeyResult", id);
			model.addAttribute("scoreForm", form);
			return "okr/closing";
		}
	}

	private String show(KeyResultId id, Model model, String view) {
		model.addAttribute("keyResult", keyResults.get(id));
		model.addAttribute("history", keyResults.history(id, HISTORY));
		return view;
	}

}
