package cn.lianxi.liaison.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import cn.lianxi.liaison.mapping.StatusReportHtml;
import cn.lianxi.liaison.service.JointMeetingDtos;
import cn.lianxi.liaison.service.JointMeetingDtos.MemberRequest;
import cn.lianxi.liaison.service.JointMeetingDtos.MemberView;
import cn.lianxi.liaison.service.JointMeetingDtos.ProgressRequest;
import cn.lianxi.liaison.service.JointMeetingDtos.ReportingView;
import cn.lianxi.liaison.service.JointMeetingDtos.StatusReport;
import cn.lianxi.liaison.service.JointMeetingDtos.TaskRequest;
import cn.lianxi.liaison.service.JointMeetingDtos.TaskView;
import cn.lianxi.liaison.service.JointMeetingService;
import cn.lianxi.liaison.service.ReportingService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The joint meeting (联席会议): members, key tasks, progress reports, the office's status report. */
@Path("/joint-meeting")
@Tag(name = "joint meeting")
public class JointMeetingResource {

    private final JointMeetingService service;
    private final ReportingService reporting;
    private final Scope scope;
    private final Caller caller;

    public JointMeetingResource(JointMeetingService service, ReportingService reporting, Scope scope, Caller caller) {
        this.service = service;
        this.reporting = reporting;
        this.scope = scope;
        this.caller = caller;
    }

    @GET
    @Path("/reporting")
    @RolesAllowed({Roles.JM_OFFICE, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "Each key task's reporting (报送情况): current cycle, reported or not, missed cycles, "
            + "escalation; overdue=true: only tasks with missed cycles since their last report")
    public Uni<List<ReportingView>> reporting(@QueryParam("year") Integer year,
            @QueryParam("overdue") boolean overdue) {
        return reporting.reporting(year, overdue);
    }

    @GET
    @Path("/members")
    @RolesAllowed({Roles.JM_OFFICE, Roles.ADMIN, Roles.AUDITOR, Roles.JUDGE, Roles.BANK, Roles.POLICE,
        Roles.PROCURATORATE, Roles.AGENCY})
    @Operation(summary = "Member units of the joint meeting")
    public Uni<List<MemberView>> members() {
        return service.members().map(list -> list.stream().map(MemberView::of).toList());
    }

    @POST
    @Path("/members")
    @RolesAllowed({Roles.JM_OFFICE, Roles.ADMIN})
    @Operation(summary = "Add a member unit")
    @APIResponse(responseCode = "201", description = "The member unit, added; Location names it",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = MemberView.class)),
            headers = @Header(name = "Location", description = "its path", schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> addMember(@NotNull @Valid MemberRequest request) {
        return service.addMember(request, caller.name()).map(m -> Response
                .created(URI.create("/joint-meeting/members/" + m.id)).entity(MemberView.of(m)).build());
    }

    @POST
    @Path("/tasks")
    @RolesAllowed(Roles.JM_OFFICE)
    @Operation(summary = "Assign a yearly key task to an owner unit (reporting cycle MONTHLY unless given)")
    @APIResponse(responseCode = "201", description = "The key task, assigned; Location names it",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = TaskView.class)),
            headers = @Header(name = "Location", description = "its path", schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> addTask(@NotNull @Valid TaskRequest request) {
        return service.addTask(request, caller.name()).map(t -> Response
                .created(URI.create("/joint-meeting/tasks/" + t.id)).entity(TaskView.of(t, service.today())).build());
    }

    @GET
    @Path("/tasks")
    @RolesAllowed({Roles.JM_OFFICE, Roles.ADMIN, Roles.AUDITOR, Roles.JUDGE, Roles.BANK, Roles.POLICE,
        Roles.PROCURATORATE, Roles.AGENCY})
    @Operation(summary = "The key tasks of a year with their state today")
    public Uni<List<TaskView>> tasks(@QueryParam("year") @NotNull Integer year) {
        return service.tasks(year).map(list -> list.stream().map(t -> TaskView.of(t, service.today())).toList());
    }

    @POST
    @Path("/tasks/{id}/progress")
    @RolesAllowed({Roles.JM_OFFICE, Roles.BANK, Roles.POLICE, Roles.PROCURATORATE, Roles.AGENCY})
    @Operation(summary = "Report progress on a key task (owner unit, or the office on its behalf); 100 marks it done")
    public Uni<TaskView> report(@PathParam("id") UUID id, @NotNull @Valid ProgressRequest request) {
        String agency = caller.hasRole(Roles.JM_OFFICE) ? null : scope.agency();
        return service.report(id, request, agency, caller.name()).map(t -> TaskView.of(t, service.today()));
    }

    @GET
    @Path("/tasks/{id}/progress")
    @RolesAllowed({Roles.JM_OFFICE, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "The progress reports of a key task, oldest first")
    public Uni<List<JointMeetingDtos.ProgressView>> reports(@PathParam("id") UUID id) {
        return service.reports(id).map(list -> list.stream().map(JointMeetingDtos.ProgressView::of).toList());
    }

    @GET
    @Path("/report/{year}")
    @WithSession
    @RolesAllowed({Roles.JM_OFFICE, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "The office's status report of the year: tasks on track, late, done")
    public Uni<StatusReport> statusReport(@PathParam("year") int year) {
        return service.statusReport(year);
    }

    @GET
    @Path("/report/{year}/print")
    @WithSession
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.JM_OFFICE, Roles.ADMIN, Roles.AUDITOR})
    @Operation(summary = "The same report as a printable HTML page")
    public Uni<String> printableReport(@PathParam("year") int year) {
        return service.statusReport(year).map(StatusReportHtml::render);
    }
}
