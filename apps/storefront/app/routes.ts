import { index, route, type RouteConfig } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('login', 'routes/login.tsx'),
  route('register', 'routes/register.tsx'),
  route('logout', 'routes/logout.ts'),
  route('organisations/new', 'routes/organisations.new.tsx'),
  route('organisations/:id', 'routes/organisations.$id.tsx'),
] satisfies RouteConfig;
