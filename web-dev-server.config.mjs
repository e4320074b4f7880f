// `npm start` (scripts/serve.mjs, which takes the next free port when 8000 is
// taken): serves the repository so the demo pages load the built
// dist/cdn/casefile.js exactly as a page on a CDN would, to any origin, as a
// CDN does.
export default {
  rootDir: '.',
  port: 8000,
  hostname: 'localhost',
  nodeResolve: false,
  middleware: [
    function anyOrigin(context, next) {
      context.set('Access-Control-Allow-Origin', '*');
      return next();
    },
    function demoAtRoot(context, next) {
      if (context.path === '/') context.redirect('/demo/');
      return next();
    },
  ],
};
