package io.jnetlink.junit;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The failure message when a namespace cannot be made. */
class NamespacesTest {

    @Test
    void shouldSayHowToRunWhenPermissionIsDenied() {
        String message = Namespaces.explain("MyIT.test()", NetlinkException.syscall("unshare(CLONE_NEWNET)", Errno.EPERM));
        assertTrue(message.startsWith("jnetlink-junit: cannot create a network namespace for MyIT.test(): "), message);
        assertTrue(message.contains("EPERM"), message);
        assertTrue(message.contains("unshare -rnm mvn verify"), message);
        assertTrue(message.contains("tools/netns-jdk/bin/java"), message);
        assertTrue(message.contains("user.max_user_namespaces"), message);
    }

    @Test
    void shouldNotGivePrivilegeAdviceForOtherErrors() {
        String message = Namespaces.explain("MyIT.test()", NetlinkException.syscall("unshare(CLONE_NEWNET)", Errno.ENOMEM));
        assertTrue(message.contains("ENOMEM"), message);
        assertFalse(message.contains("unshare -rnm"), message);
    }
}
