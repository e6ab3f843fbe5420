package dev.tandem.adoption.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.tandem.adoption.EventSourceId;
import dev.tandem.adoption.EventSources;
import dev.tandem.adoption.RollupWorker;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.web.FieldErrorMessages;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The event sources pages: the list with volume, rejected events and rollup lag; a source
 * with its rejected events; creating a source shows its write key once.
 */
@Controller
class SourcesPages {

	static final int REJECTED_SHOWN = 50;

	private final EventSources sources;

	private final RollupWorker worker;

	private final MessageSource messages;

	SourcesPages(EventSources sources, RollupWorker worker, MessageSource messages) {
		this.sources = sources;
		this.worker = worker;
		this.messages = messages;
	}

	@GetMapping("/adoption/sources")
	String list(Model model) {
		return showList(model);
	}

	@PostMapping("/adoption/sources")
	String create(@RequestParam(required = false) String name, Model model, HttpServletResponse response,
			Locale locale) {
		try {
			var created = sources.create(name);
			model.addAttribute("created", created);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("nameError", FieldErrorMessages.of(e, messages, locale).get("name"));
			model.addAttribute("typedName", name);
		}
		return showList(model);
	}

	@PostMapping("/adoption/rollups/rebuild")
	String rebuild() {
		worker.rebuild();
		return "redirect:/adoption/sources?rebuilt";
	}

	@GetMapping("/adoption/sources/{id}")
	String source(@PathVariable UUID id, Model model) {
		return showSource(new EventSourceId(id), model);
	}

	@PostMapping("/adoption/sources/{id}/rotate")
	String rotate(@PathVariable UUID id, Model model) {
		model.addAttribute("created", sources.rotateKey(new EventSourceId(id)));
		return showSource(new EventSourceId(id), model);
	}

	@PostMapping("/adoption/sources/{id}/revoke")
	String revoke(@PathVariable UUID id) {
		sources.revokeKey(new EventSourceId(id));
		return "redirect:/adoption/sources/" + id + "?revoked";
	}

	private String showList(Model model) {
		model.addAttribute("sources", sources.list());
		model.addAttribute("rollups", worker.status());
		return "adoption/sources";
	}

	private String showSource(EventSourceId id, Model model) {
		model.addAttribute("source", sources.get(id));
		model.addAttribute("rejected", sources.rejected(id, REJECTED_SHOWN));
		model.addAttribute("rollups", worker.status());
		return "adoption/source";
	}

}
