package nl.raadsplein.account;

import static nl.raadsplein.account.CensusFixtures.csv;
import static nl.raadsplein.account.CensusFixtures.reader;
import static nl.raadsplein.account.CensusFixtures.uniqueFacts;
import static nl.raadsplein.jooq.Tables.ACCOUNT;
import static nl.raadsplein.jooq.Tables.CENSUS_ENTRY;
import static nl.raadsplein.jooq.Tables.VERIFICATION_ATTEMPT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.raadsplein.account.CensusFixtures.Facts;
import nl.raadsplein.jooq.tables.records.AccountRecord;
import nl.raadsplein.platform.InvalidInputException;
import nl.raadsplein.platform.NoSuchItemException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.AuthenticationException;

class ResidencyVerificationTest extends AccountTest {

    @Autowired
    DSLContext dsl;

    @Value("${raadsplein.census.secret}")
    String secret;

    /** Imports these facts as a griffier, then signs out. */
    private void census(Facts... facts) {
        testAccounts.signInAs(Role.GRIFFIER);
        residency.importCensus(reader(csv(facts)));
        TestAccounts.signOut();
    }

    private AccountRecord row(long accountId) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(accountId)).fetchSingle();
    }

    private Long usedBy(Facts facts) {
        return dsl.select(CENSUS_ENTRY.USED_BY)
                .from(CENSUS_ENTRY)
                .where(CENSUS_ENTRY.FACT_HASH.eq(CensusFixtures.hash(secret, facts)))
                .fetchSingle()
                .value1();
    }

    private static void assertRefused(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private int attempts(long accountId) {
        return dsl.fetchCount(VERIFICATION_ATTEMPT, VERIFICATION_ATTEMPT.ACCOUNT_ID.eq(accountId));
    }

    @Test
    void matching_facts_verify_the_account_and_use_the_entry() {
        Facts facts = uniqueFacts();
        census(facts);
        AccountPrincipal resident = testAccounts.signInAs();
        assertThat(residency.isVerified()).isFalse();
        assertThat(accounts.me().verified()).isFalse();

        residency.verifyResidency(new ResidencyClaim(
                facts.postcode().toLowerCase().replace(" ", ""), " " + facts.houseNumber() + " ", facts.dateOfBirth()));

        assertThat(residency.isVerified()).isTrue();
        assertThat(accounts.me().verified()).isTrue();
        AccountRecord row = row(resident.accountId());
        assertThat(row.getVerificationChannel()).isEqualTo(VerificationChannel.CENSUS);
        assertThat(row.getVerifiedBy()).isNull();
        assertThat(row.getVerifiedAt()).isCloseTo(clock.instant(), within(1, ChronoUnit.MILLIS));
        assertThat(usedBy(facts)).isEqualTo(resident.accountId());
        assertThat(attempts(resident.accountId())).isZero();
    }

    @Test
    void wrong_facts_are_refused_and_counted_but_malformed_ones_only_refused() {
        Facts facts = uniqueFacts();
        census(facts);
        AccountPrincipal resident = testAccounts.signInAs();

        assertRefused(
                () -> residency.verifyResidency(new ResidencyClaim(
                        facts.postcode(),
                        facts.houseNumber(),
                        facts.dateOfBirth().plusDays(1))),
                "postcode",
                "account.error.residency-no-match");
        assertThat(attempts(resident.accountId())).isEqualTo(1);

        assertRefused(
                () -> residency.verifyResidency(new ResidencyClaim("123", facts.houseNumber(), facts.dateOfBirth())),
                "postcode",
                "account.error.postcode-malformed");
        assertRefused(
                () -> residency.verifyResidency(new ResidencyClaim(facts.postcode(), "nul", facts.dateOfBirth())),
                "houseNumber",
                "account.error.house-number-malformed");
        assertRefused(
                () -> residency.verifyResidency(new ResidencyClaim(facts.postcode(), facts.houseNumber(), null)),
                "dateOfBirth",
                "error.required");
        assertRefused(
                () -> residency.verifyResidency(new ResidencyClaim(
                        facts.postcode(),
                        facts.houseNumber(),
                        facts.dateOfBirth().withYear(1899))),
                "dateOfBirth",
                "account.error.date-of-birth-out-of-range");
        assertThat(attempts(resident.accountId())).isEqualTo(1);
        assertThat(residency.isVerified()).isFalse();
        assertThat(usedBy(facts)).isNull();
    }

    @Test
    void five_failures_within_an_hour_close_verification_until_the_hour_is_over() {
        Facts facts = uniqueFacts();
        census(facts);
        testAccounts.signInAs();
        for (int i = 0; i < ResidencyService.VERIFICATION_FAILURES_PER_HOUR; i++) {
            assertRefused(
                    () -> residency.verifyResidency(new ResidencyClaim(
                            facts.postcode(),
                            facts.houseNumber(),
                            facts.dateOfBirth().minusDays(1))),
                    "postcode",
                    "account.error.residency-no-match");
        }

        assertThatThrownBy(() -> residency.verifyResidency(
                        new ResidencyClaim(facts.postcode(), facts.houseNumber(), facts.dateOfBirth())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("account.error.residency-throttled");
                    assertThat(e.arguments()).containsExactly(60L);
                });
        clock.advance(Duration.ofMinutes(45));
        assertThatThrownBy(() -> residency.verifyResidency(
                        new ResidencyClaim(facts.postcode(), facts.houseNumber(), facts.dateOfBirth())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.arguments()).containsExactly(15L));
        assertThat(residency.isVerified()).isFalse();

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        residency.verifyResidency(new ResidencyClaim(facts.postcode(), facts.houseNumber(), facts.dateOfBirth()));
        assertThat(residency.isVerified()).isTrue();
    }

    @Test
    void throttling_counts_per_account() {
        Facts facts = uniqueFacts();
        census(facts);
        testAccounts.signInAs();
        for (int i = 0; i <= ResidencyService.VERIFICATION_FAILURES_PER_HOUR; i++) {
            assertThatThrownBy(() -> residency.verifyResidency(new ResidencyClaim(
                            facts.postcode(),
                            facts.houseNumber(),
                            facts.dateOfBirth().minusDays(2))))
                    .isInstanceOf(InvalidInputException.class);
        }
        testAccounts.signInAs();
        residency.verifyResidency(new ResidencyClaim(facts.postcode(), facts.houseNumber(), facts.dateOfBirth()));
        assertThat(residency.isVerified()).isTrue();
    }

    @Test
    void an_entry_someone_else_used_gives_the_same_answer_as_no_entry() {
        Facts facts = uniqueFacts();
        census(facts);
        AccountPrincipal first = testAccounts.signInAs();
        residency.verifyResidency(new ResidencyClaim(facts.postcode(), facts.houseNumber(), facts.dateOfBirth()));

        AccountPrincipal second = testAccounts.signInAs();
        assertRefused(
                () -> residency.verifyResidency(
                        new ResidencyClaim(facts.postcode(), facts.houseNumber(), facts.dateOfBirth())),
                "postcode",
                "account.error.residency-no-match");
        assertThat(residency.isVerified()).isFalse();
        assertThat(attempts(second.accountId())).isEqualTo(1);
        assertThat(usedBy(facts)).isEqualTo(first.accountId());
    }

    @Test
    void a_verified_account_stays_as_it_is_and_uses_no_second_entry() {
        Facts mine = uniqueFacts();
        Facts other = uniqueFacts();
        census(mine, other);
        testAccounts.signInAs();
        residency.verifyResidency(new ResidencyClaim(mine.postcode(), mine.houseNumber(), mine.dateOfBirth()));

        residency.verifyResidency(new ResidencyClaim(other.postcode(), other.houseNumber(), other.dateOfBirth()));
        residency.verifyResidency(new ResidencyClaim("niet", "eens", null));

        assertThat(usedBy(other)).isNull();
        testAccounts.signInAs();
        residency.verifyResidency(new ResidencyClaim(other.postcode(), other.houseNumber(), other.dateOfBirth()));
        assertThat(residency.isVerified()).isTrue();
    }

    @Test
    void two_accounts_racing_for_one_entry_exactly_one_wins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                Facts facts = uniqueFacts();
                census(facts);
                List<AccountPrincipal> racers = List.of(testAccounts.create(), testAccounts.create());
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (AccountPrincipal racer : racers) {
                    Callable<Boolean> attempt = () -> {
                        TestAccounts.signIn(racer);
                        try {
                            start.await();
                            residency.verifyResidency(
                                    new ResidencyClaim(facts.postcode(), facts.houseNumber(), facts.dateOfBirth()));
                            return true;
                        } catch (InvalidInputException refused) {
                            assertThat(refused.messageKey()).isEqualTo("account.error.residency-no-match");
                            return false;
                        } finally {
                            TestAccounts.signOut();
                        }
                    };
                    results.add(pool.submit(attempt));
                }
                start.countDown();
                List<Boolean> won = new ArrayList<>();
                for (Future<Boolean> result : results) {
                    won.add(result.get());
                }

                assertThat(won).containsExactlyInAnyOrder(true, false);
                long winner = racers.get(won.indexOf(true)).accountId();
                long loser = racers.get(won.indexOf(false)).accountId();
                assertThat(usedBy(facts)).isEqualTo(winner);
                assertThat(row(winner).getVerifiedAt()).isNotNull();
                assertThat(row(loser).getVerifiedAt()).isNull();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_griffier_verifies_at_the_desk_and_it_records_who_and_when() {
        AccountPrincipal resident = testAccounts.create();
        AccountPrincipal griffier = testAccounts.signInAs(Role.GRIFFIER);
        clock.advance(Duration.ofSeconds(1));

        residency.verifyAtDesk(resident.accountId());

        AccountRecord row = row(resident.accountId());
        assertThat(row.getVerificationChannel()).isEqualTo(VerificationChannel.DESK);
        assertThat(row.getVerifiedBy()).isEqualTo(griffier.accountId());
        assertThat(row.getVerifiedAt()).isCloseTo(clock.instant(), within(1, ChronoUnit.MILLIS));
        assertThat(roles.findAccounts(resident.email(), 0, 1).getFirst().verified())
                .isTrue();

        testAccounts.signInAs(Role.GRIFFIER);
        residency.verifyAtDesk(resident.accountId());
        assertThat(row(resident.accountId()).getVerifiedBy()).isEqualTo(griffier.accountId());
        assertThatThrownBy(() -> residency.verifyAtDesk(-1)).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void a_resident_who_is_not_online_gets_one_offline_account_for_their_entry() {
        Facts facts = uniqueFacts();
        census(facts);
        AccountPrincipal griffier = testAccounts.signInAs(Role.GRIFFIER);

        long id = residency.residentForAssistance(
                new AssistedResident(facts.postcode(), facts.houseNumber(), facts.dateOfBirth(), "  Mevrouw Jansen "));

        AccountRecord row = row(id);
        assertThat(row.getEmail()).matches("offline-[0-9a-f]{32}@raadsplein\\.invalid");
        assertThat(row.getDisplayName()).isEqualTo("Mevrouw Jansen");
        assertThat(row.getEmailConfirmedAt()).isNull();
        assertThat(row.getVerificationChannel()).isEqualTo(VerificationChannel.DESK);
        assertThat(row.getVerifiedBy()).isEqualTo(griffier.accountId());
        assertThat(usedBy(facts)).isEqualTo(id);
        assertThat(roles.findAccounts(row.getEmail(), 0, 1).getFirst().roles()).containsExactly(Role.RESIDENT);
        assertThatThrownBy(() -> login(row.getEmail(), TestAccounts.PASSWORD, uniqueIp()))
                .isInstanceOf(AuthenticationException.class);

        int count = roles.countAccounts(null);
        testAccounts.signInAs(Role.GRIFFIER);
        assertThat(residency.residentForAssistance(new AssistedResident(
                        facts.postcode(), facts.houseNumber(), facts.dateOfBirth(), "Iemand Anders")))
                .isEqualTo(id);
        assertThat(roles.countAccounts(null)).isEqualTo(count + 1); // only the second griffier
        assertThat(row(id).getDisplayName()).isEqualTo("Mevrouw Jansen");
    }

    @Test
    void assistance_finds_the_account_that_verified_online_and_refuses_unknown_facts() {
        Facts facts = uniqueFacts();
        census(facts);
        AccountPrincipal online = testAccounts.signInAs();
        residency.verifyResidency(new ResidencyClaim(facts.postcode(), facts.houseNumber(), facts.dateOfBirth()));

        testAccounts.signInAs(Role.GRIFFIER);
        assertThat(residency.residentForAssistance(
                        new AssistedResident(facts.postcode(), facts.houseNumber(), facts.dateOfBirth(), "Naam")))
                .isEqualTo(online.accountId());
        Facts unknown = uniqueFacts();
        assertRefused(
                () -> residency.residentForAssistance(
                        new AssistedResident(unknown.postcode(), unknown.houseNumber(), unknown.dateOfBirth(), "Naam")),
                "postcode",
                "account.error.residency-no-match");
        assertRefused(
                () -> residency.residentForAssistance(
                        new AssistedResident(facts.postcode(), facts.houseNumber(), facts.dateOfBirth(), "  ")),
                "displayName",
                "error.required");
    }
}
