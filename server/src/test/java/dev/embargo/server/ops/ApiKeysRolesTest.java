package dev.embargo.server.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Key files name each key's holder and role; a file written before roles keeps working, its keys as admins. */
class ApiKeysRolesTest {
    @Test
    void eachKeyNamesItsHolderAndRoleInAnyOrderAfterTheKey() {
        ApiKeys keys = ApiKeys.parse(List.of(
                "alice-key-0000000001 holder=alice role=analyst",
                "audrey-key-000000001\trole=auditor\tholder=audrey",
                ApiKeys.hashLine("sue-key-00000000001") + " holder=sue role=SUPERVISOR"));
        assertThat(keys.caller("alice-key-0000000001")).contains(new Caller("alice", Role.ANALYST));
        assertThat(keys.caller("audrey-key-000000001")).contains(new Caller("audrey", Role.AUDITOR));
        assertThat(keys.caller("sue-key-00000000001")).contains(new Caller("sue", Role.SUPERVISOR));
        assertThat(keys.caller("alice-key-0000000001 holder=alice role=analyst"))
                .isEmpty();
        assertThat(keys.caller("nobody-key-00000001")).isEmpty();
    }

    @Test
    void aKeyFileWithoutRolesKeepsWorkingItsKeysAdminsWithAHolderFromTheHash() {
        ApiKeys keys =
                ApiKeys.parse(List.of("# old file", "plain-key-000000000001", ApiKeys.hashLine("hashed-key-00000001")));
        Caller plain = keys.caller("plain-key-000000000001").orElseThrow();
        assertThat(plain.role()).isEqualTo(Role.ADMIN).isEqualTo(Role.DEFAULT);
        assertThat(plain.holder())
                .isEqualTo("key-" + ApiKeys.hashLine("plain-key-000000000001").substring(7, 15));
        assertThat(keys.accepts("hashed-key-00000001")).isTrue();
        // A key holding spaces stays whole: only trailing holder= and role= words are read off it.
        ApiKeys spaced = ApiKeys.parse(List.of("a key with spaces in it role=auditor"));
        assertThat(spaced.caller("a key with spaces in it").orElseThrow().role())
                .isEqualTo(Role.AUDITOR);
    }

    @Test
    void aBadRoleOrHolderIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> ApiKeys.parse(List.of("", "key-000000000000001 role=boss")))
                .hasMessageContaining("line 2")
                .hasMessageContaining("analyst, supervisor, auditor or admin");
        assertThatThrownBy(() -> ApiKeys.parse(List.of("key-000000000000001 holder=a<b")))
                .hasMessageContaining("line 1")
                .hasMessageContaining("holder=");
        assertThatThrownBy(() -> ApiKeys.parse(List.of("key-000000000000001 role=analyst role=admin")))
                .hasMessageContaining("one role=");
        assertThatThrownBy(() -> ApiKeys.parse(List.of("short role=admin"))).hasMessageContaining("at least 16");
    }

    @Test
    void eachRoleMayDoWhatItsNameSaysAndNoMore() {
        assertThat(Access.needed("POST", "/v1/alerts/7/decision")).isEqualTo(Role.Permission.DECIDE);
        assertThat(Access.needed("POST", "/alerts/7/approval")).isEqualTo(Role.Permission.APPROVE);
        assertThat(Access.needed("DELETE", "/v1/portfolio/C1")).isEqualTo(Role.Permission.MANAGE_PORTFOLIO);
        assertThat(Access.needed("POST", "/v1/lists/reload")).isEqualTo(Role.Permission.CONFIGURE);
        assertThat(Access.needed("POST", "/v1/screen")).isEqualTo(Role.Permission.READ);
        assertThat(Access.needed("GET", "/v1/audit/verify")).isEqualTo(Role.Permission.READ);
        assertThat(Role.AUDITOR.may(Role.Permission.DECIDE)).isFalse();
        assertThat(Role.ANALYST.may(Role.Permission.DECIDE)).isTrue();
        assertThat(Role.ANALYST.may(Role.Permission.APPROVE)).isFalse();
        assertThat(Role.ANALYST.may(Role.Permission.CONFIGURE)).isFalse();
        assertThat(Role.SUPERVISOR.may(Role.Permission.APPROVE)).isTrue();
        assertThat(Role.SUPERVISOR.may(Role.Permission.CONFIGURE)).isFalse();
        assertThat(Role.ADMIN.may(Role.Permission.CONFIGURE)).isTrue();
    }
}
