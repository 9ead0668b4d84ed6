package nl.raadsplein.proposal;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Proposals, their supports and comments, the griffie's answers and entry on a resident's behalf (J1, J2, J7). */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
public class ProposalService {

    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public long submit(ProposalDraft draft) {
        throw new UnsupportedOperationException("not yet");
    }

    @PreAuthorize("permitAll()")
    public List<ProposalSummary> similar(long consultationId, String title, String body) {
        throw new UnsupportedOperationException("not yet");
    }

    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public void edit(long proposalId, ProposalDraft draft, int version) {
        throw new UnsupportedOperationException("not yet");
    }

    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public void withdraw(long proposalId, String reason) {
        throw new UnsupportedOperationException("not yet");
    }

    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public int support(long proposalId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public int withdrawSupport(long proposalId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Transactional
    @PreAuthorize("hasAnyRole('GRIFFIER', 'ADMIN')")
    public void answer(long proposalId, AnswerKind kind, String text) {
        throw new UnsupportedOperationException("not yet");
    }

    @Transactional
    @PreAuthorize("hasRole('GRIFFIER')")
    public long submitOnBehalf(long residentAccountId, EntryChannel channel, ProposalDraft draft) {
        throw new UnsupportedOperationException("not yet");
    }

    @Transactional
    @PreAuthorize("hasRole('GRIFFIER')")
    public int supportOnBehalf(long proposalId, long residentAccountId, EntryChannel channel) {
        throw new UnsupportedOperationException("not yet");
    }

    @PreAuthorize("permitAll()")
    public ProposalDetails proposal(long id) {
        throw new UnsupportedOperationException("not yet");
    }

    @PreAuthorize("permitAll()")
    public List<ProposalSummary> find(ProposalQuery query, int offset, int limit) {
        throw new UnsupportedOperationException("not yet");
    }

    @PreAuthorize("permitAll()")
    public int count(ProposalQuery query) {
        throw new UnsupportedOperationException("not yet");
    }

    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public long comment(long proposalId, Long parentId, Alignment alignment, String body, Long organisationId) {
        throw new UnsupportedOperationException("not yet");
    }

    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public void editComment(long commentId, String body, int version) {
        throw new UnsupportedOperationException("not yet");
    }

    @Transactional
    @PreAuthorize("hasRole('RESIDENT')")
    public void removeComment(long commentId) {
        throw new UnsupportedOperationException("not yet");
    }

    @PreAuthorize("permitAll()")
    public List<CommentView> comments(long proposalId) {
        throw new UnsupportedOperationException("not yet");
    }
}
