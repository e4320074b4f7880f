// `npm start`: serves the repository so the demo pages load the built
// dist/cdn/casefile.js exactly as a page on a CDN would.
export default {
  rootDir: '.',
  port: 8000,
  hostname: 'localhost',
  nodeResolve: false,
  middleware: [
    function demoAtRoot(context, next) {
      if (context.path === '/') context.redirect('/demo/');
      return next();
    },
  ],
};
