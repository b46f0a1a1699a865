# web_app.cmake — the browser app (only under emcmake). Placeholder until src/app exists.
