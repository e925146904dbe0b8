package org.safar.notices;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.safar.i18n.UserLanguages;
import org.safar.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who is told, as Camunda knows them: the assignee of a task, or else its candidate users and every
 * member of its candidate groups, each person once. People without an e-mail address are left out.
 * Looked up as Safar itself, since the person whose action created a task may not see the others.
 */
@Component
public class Recipients {

    private final IdentityService identity;
    private final UserLanguages languages;
    private final CurrentUser currentUser;

    Recipients(IdentityService identity, UserLanguages languages, CurrentUser currentUser) {
        this.identity = identity;
        this.languages = languages;
        this.currentUser = currentUser;
    }

    /** Whom a task is for: its assignee, or else its candidates. */
    List<Recipient> ofTask(String assignee, Collection<? extends IdentityLink> links) {
        if (assignee != null) {
            return people(List.of(assignee));
        }
        List<String> userIds = links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getUserId).filter(Objects::nonNull).toList();
        List<String> groupIds = links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
        List<String> members = currentUser.asSafar(() -> groupIds.stream()
                .flatMap(group -> identity.createUserQuery().memberOfGroup(group).list().stream())
                .map(User::getId).toList());
        return people(Stream.concat(userIds.stream(), members.stream()).toList());
    }

    /** The named people, each once, in the order given. */
    public List<Recipient> people(Collection<String> userIds) {
        Map<String, Recipient> found = new LinkedHashMap<>();
        for (String userId : userIds) {
            if (!found.containsKey(userId)) {
                person(userId).ifPresent(recipient -> found.put(userId, recipient));
            }
        }
        return List.copyOf(found.values());
    }

    /** The person's full name as Camunda knows it, or their user id. */
    public String nameOf(String userId) {
        User user = user(userId);
        return user == null ? userId : name(user);
    }

    private Optional<Recipient> person(String userId) {
        User user = user(userId);
        if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Recipient(userId, name(user), user.getEmail(), languages.of(userId).locale()));
    }

    private User user(String userId) {
        return currentUser.asSafar(() -> identity.createUserQuery().userId(userId).singleResult());
    }

    private static String name(User user) {
        String name = String.join(" ", Objects.toString(user.getFirstName(), ""),
                Objects.toString(user.getLastName(), "")).strip();
        return name.isEmpty() ? user.getId() : name;
    }
}
