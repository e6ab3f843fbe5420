package dev.tandem.org.web;

import java.time.Clock;
import java.time.LocalDate;
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

import dev.tandem.identity.Accounts;
import dev.tandem.identity.UserId;
import dev.tandem.org.HatId;
import dev.tandem.org.HatKind;
import dev.tandem.org.People;
import dev.tandem.org.PersonId;
import dev.tandem.shared.InvalidInputException;
import dev.tandem.shared.StaleVersionException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The people pages: the list with its create form, and each person with their hats, teams
 * and history.
 */
@Controller
@RequestMapping("/org/people")
class PeoplePages {

	static final int HISTORY = 50;

	private final People people;

	private final Accounts accounts;

	private final Clock clock;

	private final MessageSource messages;

	PeoplePages(People people, Accounts accounts, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.people = people;
		this.accounts = accounts;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("hatKinds", HatKind.values());
		model.addAttribute("errors", Map.of());
		model.addAttribute("hatErrors", Map.of());
		model.addAttribute("endErrors", Map.of());
	}

	@GetMapping
	String list(Model model) {
		return showList(model, PersonForm.empty());
	}

	@PostMapping
	String create(@ModelAttribute("form") PersonForm form, Model model, HttpServletResponse response) {
		try {
			var user = Forms.optionalId(form.userId(), "userId");
			var person = people.create(form.name(), form.email(), user == null ? null : new UserId(user));
			return "redirect:/org/people/" + person.id();
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", Forms.errorsOf(e, messages));
			return showList(model, form);
		}
	}

	@GetMapping("/{id}")
	String person(@PathVariable PersonId id, Model model) {
		var person = people.get(id);
		model.addAttribute("form", PersonForm.of(person));
		model.addAttribute("hatForm", HatForm.startingOn(today()));
		return showPerson(id, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable PersonId id, @ModelAttribute("form") PersonForm form, Model model,
			HttpServletResponse response) {
		try {
			if (form.version() == null) {
				throw new InvalidInputException("version", "is required");
			}
			var user = Forms.optionalId(form.userId(), "userId");
			people.update(id, form.version(), form.name(), form.email(), user == null ? null : new UserId(user));
			return "redirect:/org/people/" + id + "?saved";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", Forms.errorsOf(e, messages));
		}
		catch (StaleVersionException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("stale", true);
		}
		model.addAttribute("hatForm", HatForm.startingOn(today()));
		return showPerson(id, model);
	}

	/**
	 * Starts a hat. An htmx request gets the hats section back (with the errors, or
	 * updated) and the titles, history and version out of band; a plain form post is
	 * redirected, or re-shown with errors.
	 */
	@PostMapping("/{id}/hats")
	String startHat(@PathVariable PersonId id, @ModelAttribute("hatForm") HatForm form, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response) {
		try {
			var errors = new java.util.ArrayList<InvalidInputException.FieldError>();
			var kind = Forms.collect(errors, () -> Forms.requiredEnum(HatKind.class, form.kind(), "kind"));
			var startsOn = Forms.collect(errors, () -> Forms.optionalDate(form.startsOn(), "startsOn"));
			var endsOn = Forms.collect(errors, () -> Forms.optionalDate(form.endsOn(), "endsOn"));
			if (startsOn == null && errors.stream().noneMatch(e -> e.field().equals("startsOn"))) {
				errors.add(new InvalidInputException.FieldError("startsOn", "is required"));
			}
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			people.startHat(id, kind, startsOn, endsOn);
			if (!Forms.isHtmx(htmx)) {
				return "redirect:/org/people/" + id;
			}
			model.addAttribute("hatForm", HatForm.startingOn(today()));
		}
		catch (InvalidInputException e) {
			model.addAttribute("hatErrors", Forms.errorsOf(e, messages));
			if (!Forms.isHtmx(htmx)) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
		}
		return hatsOrPage(id, model, htmx);
	}

	/** Ends a hat; answers like {@link #startHat}. */
	@PostMapping("/{id}/hats/{hatId}/end")
	String endHat(@PathVariable PersonId id, @PathVariable HatId hatId, @RequestParam(required = false) String endsOn,
			Model model, @RequestHeader(name = "HX-Request", required = false) String htmx,
			HttpServletResponse response) {
		try {
			var day = Forms.optionalDate(endsOn, "endsOn");
			if (day == null) {
				throw new InvalidInputException("endsOn", "is required");
			}
			people.endHat(id, hatId, day);
			if (!Forms.isHtmx(htmx)) {
				return "redirect:/org/people/" + id;
			}
		}
		catch (InvalidInputException e) {
			model.addAttribute("endErrors",
					Map.of(hatId.toString(), Forms.errorsOf(e, messages).values().iterator().next()));
			if (!Forms.isHtmx(htmx)) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
		}
		model.addAttribute("hatForm", HatForm.startingOn(today()));
		return hatsOrPage(id, model, htmx);
	}

	private String hatsOrPage(PersonId id, Model model, String htmx) {
		if (Forms.isHtmx(htmx)) {
			model.addAttribute("person", people.get(id));
			model.addAttribute("history", people.history(id, HISTORY));
			model.addAttribute("today", today());
			return "org/person :: hats-changed";
		}
		model.addAttribute("form", PersonForm.of(people.get(id)));
		return showPerson(id, model);
	}

	private String showList(Model model, PersonForm form) {
		model.addAttribute("form", form);
		model.addAttribute("people", people.all());
		model.addAttribute("users", accounts.all());
		return "org/people";
	}

	private String showPerson(PersonId id, Model model) {
		model.addAttribute("person", people.get(id));
		model.addAttribute("users", accounts.all());
		model.addAttribute("history", people.history(id, HISTORY));
		model.addAttribute("today", today());
		return "org/person";
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
