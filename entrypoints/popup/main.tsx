import { render } from "preact"; render(<p>Bounce Lens</p>, document.getElementById("app")!);
