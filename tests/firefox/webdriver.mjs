// A small W3C WebDriver client (the HTTP protocol geckodriver speaks): sessions,
// navigation, elements, keys, scripts. Enough for a reader's journey; no dependency.

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

export class WebDriver {
  constructor(base) {
    this.base = base;
  }

  async call(method, path, body) {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${data.value?.error}: ${data.value?.message}`);
    return data.value;
  }

  /** Starts a headless browser session with the given browser options. */
  async start(options) {
    const value = await this.call("POST", "/session", {
      capabilities: { alwaysMatch: { acceptInsecureCerts: false, ...options } },
    });
    this.session = `/session/${value.sessionId}`;
    this.capabilities = value.capabilities;
  }

  quit() {
    return this.call("DELETE", this.session);
  }

  go(url) {
    return this.call("POST", `${this.session}/url`, { url });
  }

  url() {
    return this.call("GET", `${this.session}/url`);
  }

  back() {
    return this.call("POST", `${this.session}/back`, {});
  }

  script(source, ...args) {
    return this.call("POST", `${this.session}/execute/sync`, { script: source, args });
  }

  /** The elements matching a CSS selector, as ids. */
  async all(selector) {
    const found = await this.call("POST", `${this.session}/elements`, { using: "css selector", value: selector });
    return found.map((e) => e[ELEMENT]);
  }

  click(id) {
    return this.call("POST", `${this.session}/element/${id}/click`, {});
  }

  type(id, text) {
    return this.call("POST", `${this.session}/element/${id}/value`, { text });
  }

  text(id) {
    return this.call("GET", `${this.session}/element/${id}/text`);
  }

  attribute(id, name) {
    return this.call("GET", `${this.session}/element/${id}/attribute/${name}`);
  }

  /** Waits until `ready()` gives something truthy (every 50 ms, at most `ms`), and returns it. */
  async until(what, ready, ms = 10_000) {
    const end = Date.now() + ms;
    let last;
    while (Date.now() < end) {
      last = await ready().catch((e) => (last = e) && null);
      if (last && !(last instanceof Error)) return last;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`still waiting for ${what} after ${ms} ms${last instanceof Error ? `: ${last.message}` : ""}`);
  }

  /** The first element matching a selector, once there is one. */
  find(selector, ms) {
    return this.until(selector, async () => (await this.all(selector))[0], ms);
  }
}
