package nl.raadsplein.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.router.RouterLink;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;
import nl.raadsplein.account.ui.LoginView;
import nl.raadsplein.moderation.ConductRules;
import nl.raadsplein.moderation.ui.PersonalDataWarning;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.proposal.CommentEdit;
import nl.raadsplein.proposal.CommentService;
import nl.raadsplein.proposal.CommentView;
import nl.raadsplein.proposal.ProposalCommentState;
import nl.raadsplein.proposal.ProposalDetails;
import nl.raadsplein.proposal.ProposalPermissions.Commenting;
import nl.raadsplein.ui.Formats;
import nl.raadsplein.ui.InputErrors;
import org.jspecify.annotations.Nullable;

/** The discussion under a proposal: counts for and against, the thread with replies indented, and the form. */
class CommentSection extends Section {

    private final CommentService comments;
    private final Participant participant;
    private final ConductRules rules;
    private final long proposalId;
    private final Runnable countsChanged;
    private final LongConsumer report;
    private final Paragraph counts = new Paragraph();
    private final Div thread = new Div();
    private @Nullable CommentForm replyForm;

    /** @param report opens the report dialog for a comment, where the service says the viewer may report it */
    CommentSection(
            CommentService comments,
            Participant participant,
            ProposalDetails details,
            ConductRules rules,
            Runnable countsChanged,
            LongConsumer report) {
        this.rules = rules;
        this.report = report;
        this.comments = comments;
        this.participant = participant;
        this.proposalId = details.id();
        this.countsChanged = countsChanged;
        addClassName("comments");
        counts.addClassName("comment-counts");
        add(new H2(getTranslation("proposalui.comments.title")), counts);
        showCounts(details);

        Commenting commenting = details.may().comment();
        if (commenting == Commenting.CLOSED) {
            add(new Paragraph(getTranslation("proposal.error.comments-closed")));
        } else if (commenting == Commenting.LOGIN_FIRST) {
            add(new Paragraph(
                    new Span(getTranslation("proposalui.comments.login-first") + " "),
                    new RouterLink(getTranslation("proposalui.support.login"), LoginView.class)));
        } else {
            add(new CommentForm(comments, participant, rules, proposalId, null, this::changed, null));
        }
        thread.addClassName("thread");
        add(thread);
        showThread();
    }

    void showCounts(ProposalDetails details) {
        counts.setText(getTranslation(
                "proposalui.comments.counts",
                details.commentsFor(),
                details.commentsAgainst(),
                details.commentCount()));
    }

    private void changed() {
        countsChanged.run();
        showThread();
    }

    private void showThread() {
        thread.removeAll();
        replyForm = null;
        List<CommentView> all = comments.comments(proposalId);
        if (all.isEmpty()) {
            thread.add(new Paragraph(getTranslation("proposalui.comments.none")));
            return;
        }
        UnorderedList root = list();
        Map<Long, ListItem> items = new HashMap<>();
        Map<Long, UnorderedList> replies = new HashMap<>();
        for (CommentView comment : all) {
            ListItem item = item(comment);
            items.put(comment.id(), item);
            UnorderedList target = root;
            if (comment.parentId() != null && items.containsKey(comment.parentId())) {
                target = replies.computeIfAbsent(comment.parentId(), parent -> {
                    UnorderedList nested = list();
                    nested.addClassName("replies");
                    Objects.requireNonNull(items.get(parent)).add(nested);
                    return nested;
                });
            }
            target.add(item);
        }
        thread.add(root);
    }

    private static UnorderedList list() {
        UnorderedList list = new UnorderedList();
        // Lists without bullets lose their list semantics in Safari unless the role is explicit.
        list.getElement().setAttribute("role", "list");
        list.addClassName("comment-list");
        return list;
    }

    private ListItem item(CommentView comment) {
        Locale locale = getLocale();
        ListItem item = new ListItem();
        item.addClassName("comment");
        item.addClassName("comment-depth-" + Math.min(comment.depth(), CommentService.MAX_COMMENT_DEPTH));
        Div content = new Div();
        content.addClassName("comment-content");
        item.add(content);

        ProposalCommentState state = comment.state();
        if (state == ProposalCommentState.REMOVED_BY_AUTHOR || state == ProposalCommentState.HIDDEN) {
            Paragraph gone = new Paragraph(getTranslation(
                    comment.underReview()
                            ? "proposalui.comment.under-review"
                            : state == ProposalCommentState.HIDDEN
                                    ? "proposalui.comment.hidden"
                                    : "proposalui.comment.removed"));
            gone.addClassName("removed");
            Paragraph when = new Paragraph(Formats.dateTime(comment.createdAt(), locale));
            when.addClassName("meta");
            content.add(gone, when);
            return item;
        }

        Paragraph meta = new Paragraph(ProposalTexts.byline(
                this,
                comment.authorPublicId(),
                comment.authorName(),
                comment.organisationName(),
                comment.organisationVerified()));
        meta.addClassName("meta");
        meta.add(new Span(" · " + Formats.dateTime(comment.createdAt(), locale) + " · "));
        Span alignment = new Span(
                getTranslation("proposalui.alignment." + comment.alignment().name()));
        alignment.addClassName("alignment");
        alignment.addClassName("alignment-" + comment.alignment().name().toLowerCase(Locale.ROOT));
        meta.add(alignment);
        if (comment.edited()) {
            meta.add(new Span(" " + getTranslation("proposalui.comment.edited")));
        }
        Paragraph body = ProposalView.multiline(comment.body());
        body.addClassName("comment-body");
        content.add(meta, body);
        if (state == ProposalCommentState.AWAITING_MODERATION) {
            Paragraph waiting = new Paragraph(getTranslation("proposalui.comment.awaiting"));
            waiting.addClassName("meta");
            content.add(waiting);
        }

        FlexLayout actions = new FlexLayout();
        actions.addClassName("comment-actions");
        Div slot = new Div();
        if (comment.may().reply()) {
            Button reply = new Button(getTranslation("proposalui.comment.reply"));
            reply.addThemeVariants(ButtonVariant.TERTIARY);
            reply.addClickListener(e -> {
                if (replyForm != null) {
                    replyForm.getParent().ifPresent(p -> ((Div) p).removeAll());
                }
                replyForm =
                        new CommentForm(comments, participant, rules, proposalId, comment.id(), this::changed, () -> {
                            slot.removeAll();
                            replyForm = null;
                        });
                slot.add(replyForm);
                replyForm.body.focus();
            });
            actions.add(reply);
        }
        if (comment.may().edit()) {
            Button edit = new Button(getTranslation("proposalui.comment.edit"));
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            edit.addClickListener(e -> editInline(comment, body, slot));
            actions.add(edit);
        }
        if (comment.may().remove()) {
            Button remove = new Button(getTranslation("proposalui.comment.remove"));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.addClickListener(e -> confirmRemoval(comment.id()).open());
            actions.add(remove);
        }
        if (comment.may().report()) {
            Button reportButton = new Button(getTranslation("moderationui.report.button"));
            reportButton.addThemeVariants(ButtonVariant.TERTIARY);
            reportButton.addClassName("report");
            reportButton.getElement().setAttribute("aria-label", getTranslation("moderationui.report.button-comment"));
            reportButton.addClickListener(e -> report.accept(comment.id()));
            actions.add(reportButton);
        }
        if (actions.getComponentCount() > 0) {
            content.add(actions);
        }
        content.add(slot);
        return item;
    }

    /** The author's changes to a comment; personal data in them is warned about as when posting. */
    private void editInline(CommentView comment, Paragraph body, Div slot) {
        slot.removeAll();
        TextArea text = new TextArea(getTranslation("proposalui.comment.edit-body"));
        text.setWidthFull();
        ProposalTexts.counter(text, CommentService.COMMENT_LENGTH, null);
        text.setValue(comment.body());
        PersonalDataWarning warning = new PersonalDataWarning(field -> text.focus());
        Binder<CommentEdit> binder = new Binder<>(CommentEdit.class);
        binder.forField(InputErrors.fixed(comment.id())).bind("commentId");
        binder.forField(InputErrors.fixed(comment.version())).bind("version");
        binder.forField(text).bind("body");
        // Whether the author chose to post personal data anyway; set on each attempt by the warning.
        ReadOnlyHasValue<Boolean> personalDataConfirmed = InputErrors.fixed(false);
        binder.forField(personalDataConfirmed).bind("personalDataConfirmed");
        Button save = new Button(getTranslation("proposalui.edit.save"), e -> {
            InputErrors.clear(binder);
            warning.post(
                    () -> null,
                    text::getValue,
                    false,
                    confirmed -> {
                        personalDataConfirmed.setValue(confirmed);
                        comments.editComment(InputErrors.record(binder));
                        InputErrors.confirm(getTranslation(
                                PersonalDataWarning.held(confirmed, null, text.getValue())
                                        ? "personaldata.edit.awaiting"
                                        : "proposalui.comment.saved"));
                        changed();
                    },
                    refused -> InputErrors.show(this, refused, binder));
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FlexLayout buttons =
                new FlexLayout(save, new Button(getTranslation("proposalui.cancel"), e -> slot.removeAll()));
        buttons.addClassName("actions");
        slot.add(text, buttons, warning);
        text.focus();
    }

    private Dialog confirmRemoval(long commentId) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("proposalui.comment.remove-title"));
        dialog.add(new Paragraph(getTranslation("proposalui.comment.remove-text")));
        Button remove = new Button(getTranslation("proposalui.comment.remove-confirm"), e -> {
            try {
                comments.removeComment(commentId);
                dialog.close();
                InputErrors.confirm(getTranslation("proposalui.comment.removed-done"));
                changed();
            } catch (InvalidInputException refused) {
                dialog.close();
                InputErrors.showNotification(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        remove.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        dialog.getFooter().add(new Button(getTranslation("proposalui.cancel"), e -> dialog.close()), remove);
        return dialog;
    }
}
