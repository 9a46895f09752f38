import { Server } from 'socket.io';
import { oneBufferFrames } from './io-adapter.js';

type Encoder = {
  _encode(packet: unknown, opts: { wsPreEncodedFrame?: Buffer[] }): unknown;
};

describe('broadcast frames', () => {
  it('are the same bytes as socket.io would write, in one buffer', () => {
    const server = new Server();
    const nsp = server.of('/');
    const Plain = server.adapter() as unknown as new (n: typeof nsp) => Encoder;
    const Joined = oneBufferFrames(Plain as never) as unknown as typeof Plain;
    const packet = () => ({
      type: 2,
      data: ['post:new', { postId: 'p', spaceId: 'スペース' }],
      nsp: '/',
    });

    const plain: { wsPreEncodedFrame?: Buffer[] } = {};
    const joined: { wsPreEncodedFrame?: Buffer[] } = {};
    const encoded = new Plain(nsp)._encode(packet(), plain);
    expect(new Joined(nsp)._encode(packet(), joined)).toEqual(encoded);

    expect(plain.wsPreEncodedFrame).toHaveLength(2);
    expect(joined.wsPreEncodedFrame).toHaveLength(1);
    expect(joined.wsPreEncodedFrame![0]).toEqual(Buffer.concat(plain.wsPreEncodedFrame!));
  });
});
