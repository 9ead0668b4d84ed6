package nl.raadsplein.opendata.oparl;

import jakarta.servlet.http.HttpServletRequest;
import nl.raadsplein.platform.PlatformProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The OParl objects and the external lists of the one body, the municipality. */
@RestController
class OparlController {

    private final OparlService oparl;
    private final OparlBusinessService business;
    private final PlatformProperties platform;

    OparlController(OparlService oparl, OparlBusinessService business, PlatformProperties platform) {
        this.oparl = oparl;
        this.business = business;
        this.platform = platform;
    }

    @GetMapping(OparlPaths.SYSTEM)
    OparlSystem system() {
        return oparl.system();
    }

    @GetMapping(OparlPaths.BODIES)
    OparlList<OparlBody> bodies(HttpServletRequest request) {
        return OparlList.single(oparl.body(), request, platform);
    }

    @GetMapping(OparlPaths.BODY)
    OparlBody body() {
        return oparl.body();
    }

    @GetMapping(OparlPaths.LEGISLATIVE_TERM + "/{id}")
    OparlLegislativeTerm legislativeTerm(@PathVariable long id) {
        return oparl.legislativeTerm(id);
    }

    @GetMapping(OparlPaths.MEMBERSHIP + "/{key}")
    OparlMembership membership(@PathVariable String key) {
        return oparl.membership(key);
    }

    @GetMapping(OparlPaths.ORGANIZATIONS)
    OparlList<OparlOrganization> organizations(HttpServletRequest request) {
        return OparlList.of(
                oparl.organizations(OparlQuery.filter(request), OparlQuery.page(request)), request, platform);
    }

    @GetMapping(OparlPaths.ORGANIZATION + "/{key}")
    OparlOrganization organization(@PathVariable String key) {
        return oparl.organization(key);
    }

    @GetMapping(OparlPaths.PERSONS)
    OparlList<OparlPerson> persons(HttpServletRequest request) {
        return OparlList.of(oparl.persons(OparlQuery.filter(request), OparlQuery.page(request)), request, platform);
    }

    @GetMapping(OparlPaths.PERSON + "/{id}")
    OparlPerson person(@PathVariable long id) {
        return oparl.person(id);
    }

    @GetMapping(OparlPaths.MEETINGS)
    OparlList<OparlMeeting> meetings(HttpServletRequest request) {
        return OparlList.of(business.meetings(OparlQuery.filter(request), OparlQuery.page(request)), request, platform);
    }

    @GetMapping(OparlPaths.MEETING + "/{id}")
    OparlMeeting meeting(@PathVariable long id) {
        return business.meeting(id);
    }

    @GetMapping(OparlPaths.AGENDA_ITEMS)
    OparlList<OparlAgendaItem> agendaItems(HttpServletRequest request) {
        return OparlList.of(
                business.agendaItems(OparlQuery.filter(request), OparlQuery.page(request)), request, platform);
    }

    @GetMapping(OparlPaths.AGENDA_ITEM + "/{id}")
    OparlAgendaItem agendaItem(@PathVariable long id) {
        return business.agendaItem(id);
    }

    @GetMapping(OparlPaths.PAPERS)
    OparlList<OparlPaper> papers(HttpServletRequest request) {
        return OparlList.of(business.papers(OparlQuery.filter(request), OparlQuery.page(request)), request, platform);
    }

    @GetMapping(OparlPaths.PAPER + "/{id}")
    OparlPaper paper(@PathVariable long id) {
        return business.paper(id);
    }

    @GetMapping(OparlPaths.CONSULTATIONS)
    OparlList<OparlConsultation> consultations(HttpServletRequest request) {
        return OparlList.of(
                business.consultations(OparlQuery.filter(request), OparlQuery.page(request)), request, platform);
    }

    @GetMapping(OparlPaths.CONSULTATION + "/{id}")
    OparlConsultation consultation(@PathVariable long id) {
        return business.consultation(id);
    }

    @GetMapping(OparlPaths.FILES)
    OparlList<OparlFile> files(HttpServletRequest request) {
        return OparlList.of(business.files(OparlQuery.filter(request), OparlQuery.page(request)), request, platform);
    }

    @GetMapping(OparlPaths.FILE + "/{id}")
    OparlFile file(@PathVariable long id) {
        return business.file(id);
    }
}
