package dev.tandem.org.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.tandem.identity.UserId;
import dev.tandem.org.GroupDetails;
import dev.tandem.org.GroupId;
import dev.tandem.org.GroupView;
import dev.tandem.org.Groups;
import dev.tandem.org.HatId;
import dev.tandem.org.HatKind;
import dev.tandem.org.HatView;
import dev.tandem.org.OrgChange;
import dev.tandem.org.OrgChangeFilter;
import dev.tandem.org.OrgChangeKind;
import dev.tandem.org.OrgOverview;
import dev.tandem.org.OverviewView;
import dev.tandem.org.People;
import dev.tandem.org.PersonId;
import dev.tandem.org.PersonSummary;
import dev.tandem.org.PersonView;
import dev.tandem.org.Skill;
import dev.tandem.org.TeamDetails;
import dev.tandem.org.TeamId;
import dev.tandem.org.TeamKind;
import dev.tandem.org.TeamView;
import dev.tandem.org.Teams;
import dev.tandem.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The organisation over HTTP: people and hats, teams and members, groups, the overview
 * and the timeline.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisation", description = "People, hats, teams, members, groups and their warnings")
class OrgApiController {

	private final People people;

	private final Teams teams;

	private final Groups groups;

	private final OrgOverview overview;

	OrgApiController(People people, Teams teams, Groups groups, OrgOverview overview) {
		this.people = people;
		this.teams = teams;
		this.groups = groups;
		this.overview = overview;
	}

	record PersonRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 254) @Email String email,
			UUID userId) {
	}

	record PersonUpdate(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 254) @Email String email,
			UUID userId, @NotNull Long version) {
	}

	record HatRequest(@NotNull HatKind kind, @NotNull LocalDate startsOn, LocalDate endsOn) {
	}

	record EndHatRequest(@NotNull LocalDate endsOn) {
	}

	record TeamRequest(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String mission, @NotNull TeamKind kind,
			@Size(max = 30) List<@NotBlank @Size(max = Skill.MAX_LENGTH) String> neededSkills, UUID productManagerId,
			UUID leadDeveloperId, UUID groupId, Long version) {

		TeamDetails details() {
			return new TeamDetails(name, mission, kind, Skill.parseAll(neededSkills, "neededSkills"),
					productManagerId == null ? null : new PersonId(productManagerId),
					leadDeveloperId == null ? null : new PersonId(leadDeveloperId),
					groupId == null ? null : new GroupId(groupId));
		}
	}

	record MemberRequest(@NotNull UUID personId,
			@Size(max = 30) List<@NotBlank @Size(max = Skill.MAX_LENGTH) String> skills,
			@NotNull @Min(1) @Max(100) Integer allocationPercent) {
	}

	record GroupRequest(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String mission,
			UUID productDirectorId, UUID engineeringManagerId, Long version) {

		GroupDetails details() {
			return new GroupDetails(name, mission, productDirectorId == null ? null : new PersonId(productDirectorId),
					engineeringManagerId == null ? null : new PersonId(engineeringManagerId));
		}
	}

	@GetMapping("/people")
	@Operation(summary = "Everyone, by name, with today's titles and total allocation")
	List<PersonSummary> people() {
		return people.all();
	}

	@PostMapping("/people")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a person; the email must be unique, ignoring case")
	PersonView createPerson(@Valid @RequestBody PersonRequest request) {
		return people.create(request.name(), request.email(), userId(request.userId()));
	}

	@GetMapping("/people/{id}")
	@Operation(summary = "A person with current hats, hat history, teams and warnings")
	PersonView person(@PathVariable PersonId id) {
		return people.get(id);
	}

	@PutMapping("/people/{id}")
	@Operation(summary = "Change a person; send the version you read (409 when someone changed it since)")
	PersonView updatePerson(@PathVariable PersonId id, @Valid @RequestBody PersonUpdate request) {
		return people.update(id, request.version(), request.name(), request.email(), userId(request.userId()));
	}

	@PostMapping("/people/{id}/hats")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start a hat; it may not end before it starts nor overlap a hat of the same kind")
	HatView startHat(@PathVariable PersonId id, @Valid @RequestBody HatRequest request) {
		return people.startHat(id, request.kind(), request.startsOn(), request.endsOn());
	}

	@PostMapping("/people/{id}/hats/{hatId}/end")
	@Operation(summary = "End a hat on a day; it stays in the history")
	HatView endHat(@PathVariable PersonId id, @PathVariable HatId hatId, @Valid @RequestBody EndHatRequest request) {
		return people.endHat(id, hatId, request.endsOn());
	}

	@GetMapping("/teams")
	@Operation(summary = "Every team with members and warnings")
	List<TeamView> teams() {
		return teams.all();
	}

	@PostMapping("/teams")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a team with its kind, mission, needed skills, duo and group")
	TeamView createTeam(@Valid @RequestBody TeamRequest request) {
		return teams.create(request.details());
	}

	@GetMapping("/teams/{id}")
	@Operation(summary = "A team with members and warnings")
	TeamView team(@PathVariable TeamId id) {
		return teams.get(id);
	}

	@PutMapping("/teams/{id}")
	@Operation(summary = "Change a team; send the version you read (409 when someone changed it since)")
	TeamView updateTeam(@PathVariable TeamId id, @Valid @RequestBody TeamRequest request) {
		if (request.version() == null) {
			throw new InvalidInputException("version", "is required");
		}
		return teams.update(id, request.version(), request.details());
	}

	@DeleteMapping("/teams/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a team and its memberships; send the version you read")
	void deleteTeam(@PathVariable TeamId id, @RequestParam long version) {
		teams.delete(id, version);
	}

	@PostMapping("/teams/{id}/members")
	@Operation(summary = "Add a member, or change their skills and allocation (1–100%)")
	TeamView putMember(@PathVariable TeamId id, @Valid @RequestBody MemberRequest request) {
		return teams.putMember(id, new PersonId(request.personId()), Skill.parseAll(request.skills(), "skills"),
				request.allocationPercent());
	}

	@DeleteMapping("/teams/{id}/members/{personId}")
	@Operation(summary = "Remove a member from a team")
	TeamView removeMember(@PathVariable TeamId id, @PathVariable PersonId personId) {
		return teams.removeMember(id, personId);
	}

	@GetMapping("/groups")
	@Operation(summary = "Every group with its duo, teams and warnings")
	List<GroupView> groups() {
		return groups.all();
	}

	@PostMapping("/groups")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a group of teams with its duo")
	GroupView createGroup(@Valid @RequestBody GroupRequest request) {
		return groups.create(request.details());
	}

	@GetMapping("/groups/{id}")
	GroupView group(@PathVariable GroupId id) {
		return groups.get(id);
	}

	@PutMapping("/groups/{id}")
	@Operation(summary = "Change a group; send the version you read (409 when someone changed it since)")
	GroupView updateGroup(@PathVariable GroupId id, @Valid @RequestBody GroupRequest request) {
		if (request.version() == null) {
			throw new InvalidInputException("version", "is required");
		}
		return groups.update(id, request.version(), request.details());
	}

	@GetMapping("/org/overview")
	@Operation(summary = "Every team grouped by group, with warnings")
	OverviewView overview() {
		return overview.overview();
	}

	@GetMapping("/org/changes")
	@Operation(summary = "The organisation's timeline, newest first: hat starts and ends on the day they take effect, "
			+ "team, duo, member and group changes on the day they were recorded; filter by category, person or team, "
			+ "page with offset and limit")
	List<OrgChange> changes(@RequestParam(defaultValue = "100") @Min(1) @Max(OrgOverview.MAX_CHANGES) int limit,
			@RequestParam(defaultValue = "0") @Min(0) int offset,
			@RequestParam(required = false) OrgChangeKind.Category category,
			@RequestParam(required = false) PersonId person, @RequestParam(required = false) TeamId team) {
		return overview.changes(new OrgChangeFilter(category, person, team), offset, limit).changes();
	}

	private static UserId userId(UUID value) {
		return value == null ? null : new UserId(value);
	}

}
