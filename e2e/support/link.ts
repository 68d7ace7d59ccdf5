import net from 'node:net';

/**
 * A TCP link between one installation and the central that a test can cut and restore, like a
 * network cable. Cutting ends open connections (also the event stream) and refuses new ones.
 */
export class Link {
  private readonly sockets = new Set<net.Socket>();
  private up = true;
  private readonly server: net.Server;
  port = 0;
  private readonly target: { host: string; port: number };

  private constructor(target: { host: string; port: number }) {
    this.target = target;
    this.server = net.createServer((client) => {
      if (!this.up) {
        client.destroy();
        return;
      }
      const upstream = net.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
  }

  static async open(targetUrl: string): Promise<Link> {
    const u = new URL(targetUrl);
    const link = new Link({ host: u.hostname, port: Number(u.port) });
    await new Promise<void>((resolve) => link.server.listen(0, '127.0.0.1', resolve));
    link.port = (link.server.address() as net.AddressInfo).port;
    return link;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  cut(): void {
    this.up = false;
    for (const s of this.sockets) s.destroy();
  }

  restore(): void {
    this.up = true;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
