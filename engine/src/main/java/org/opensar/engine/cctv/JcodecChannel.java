package org.opensar.engine.cctv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/** A Java channel as jcodec's own channel type, read-only: footage is never written through it. */
final class JcodecChannel implements org.jcodec.common.io.SeekableByteChannel {

    private final SeekableByteChannel channel;

    JcodecChannel(SeekableByteChannel channel) {
        this.channel = channel;
    }

    @Override
    public long position() throws IOException {
        return channel.position();
    }

    @Override
    public org.jcodec.common.io.SeekableByteChannel setPosition(long position) throws IOException {
        channel.position(position);
        return this;
    }

    @Override
    public long size() throws IOException {
        return channel.size();
    }

    @Override
    public org.jcodec.common.io.SeekableByteChannel truncate(long size) {
        throw new NonWritableChannelException();
    }

    @Override
    public int read(ByteBuffer destination) throws IOException {
        return channel.read(destination);
    }

    @Override
    public int write(ByteBuffer source) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return channel.isOpen();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
