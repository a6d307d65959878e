package io.jnetlink.route.kinds;

import io.jnetlink.core.DeviceFile;

import java.nio.ByteBuffer;

/**
 * A tun/tap device held open by this program (not persistent): frames written here arrive at the
 * kernel as if received on the device, frames the kernel sends out of it are read here. Closing
 * the handle removes the device.
 */
public final class TunTapDevice implements AutoCloseable {
    private final String name;
    private final DeviceFile file;

    TunTapDevice(String name, DeviceFile file) {
        this.name = name;
        this.file = file;
    }

    /** {@return the device's name} */
    public String name() {
        return name;
    }

    /**
     * Reads one frame (tap) or packet (tun) sent out of the device; blocks until there is one.
     *
     * @param direct a direct buffer large enough for one frame (MTU + 14 bytes)
     * @return the frame's length, at offset 0 of {@code direct}
     */
    public int read(ByteBuffer direct) {
        return file.read(direct, 0, direct.capacity());
    }

    /**
     * Writes one frame (tap) or packet (tun) into the device, as if received on it.
     *
     * @param direct a direct buffer holding the frame
     * @param length its length, from offset 0
     * @return the bytes written
     */
    public int write(ByteBuffer direct, int length) {
        return file.write(direct, 0, length);
    }

    /** Closes the file; the kernel removes the device. */
    @Override
    public void close() {
        file.close();
    }
}
