package dev.tandem.adoption.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tandem.adoption.AdoptionQueries;
import dev.tandem.adoption.EventSourceId;
import dev.tandem.adoption.FeatureId;
import dev.tandem.adoption.EventSources;
import dev.tandem.adoption.Features;
import dev.tandem.delivery.ReleaseDates;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.StaleVersionException;
import dev.tandem.shared.web.FieldErrorMessages;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The feature list (status and adoption sparkline), a feature's page (adoption curve
 * since release, retention, stickiness and the other figures) and the forms to define and
 * change features.
 */
@Controller
@RequestMapping("/adoption/features")
class FeaturePages {

	private final Features features;

	private final AdoptionQueries queries;

	private final ReleaseDates releases;

	private final MessageSource messages;

	private final EventSources sources;

	FeaturePages(Features features, AdoptionQueries queries, ReleaseDates releases, EventSources sources,
			MessageSource messages) {
		this.sources = sources;
		this.features = features;
		this.queries = queries;
		this.releases = releases;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("features", queries.features());
		return "adoption/features";
	}

	@GetMapping("/new")
	String create(Model model) {
		return form(model, FeatureForm.empty(), Map.of(), null);
	}

	@PostMapping
	String create(@ModelAttribute("form") FeatureForm form, Model model, HttpServletResponse response) {
		try {
			var id = features.create(form.details());
			return "redirect:/adoption/features/" + id + "?saved";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, errors(e), null);
		}
	}

	@GetMapping("/{id}")
	String feature(@PathVariable FeatureId id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) UUID source, Model model, HttpServletResponse response) {
		var feature = queries.feature(id);
		model.addAttribute("feature", feature);
		try {
			model.addAttribute("metrics",
					queries.metrics(id, from, to, source == null ? null : new EventSourceId(source), null));
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("rangeErrors", errors(e));
			model.addAttribute("metrics", queries.metrics(id, null, null, null, null));
		}
		return "adoption/feature";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable FeatureId id, Model model) {
		return form(model, FeatureForm.of(queries.feature(id)), Map.of(), id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable FeatureId id, @ModelAttribute("form") FeatureForm form, Model model,
			HttpServletResponse response) {
		try {
			features.update(id, form.expectedVersion(), form.details());
			return "redirect:/adoption/features/" + id + "?saved";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, errors(e), id);
		}
		catch (StaleVersionException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("stale", true);
			return form(model, form, Map.of(), id);
		}
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable FeatureId id, @RequestParam(required = false) String version) {
		features.remove(id, new FeatureForm("", "", "", "", "", "", version).expectedVersion());
		return "redirect:/adoption/features";
	}

	private String form(Model model, FeatureForm form, Map<String, String> errors, FeatureId id) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("featureId", id);
		model.addAttribute("workItems", releases.features());
		model.addAttribute("eventNames", queries.eventNames());
		model.addAttribute("sources", sources.list());
		return "adoption/feature-form";
	}

	private Map<String, String> errors(InvalidInputException e) {
		return FieldErrorMessages.of(e, messages, LocaleContextHolder.getLocale()).byField();
	}

}
