import { index, route, type RouteConfig } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('search', 'routes/search.tsx'),
  route('products/:id', 'routes/products.$id.tsx'),
  route('sellers/:kind/:id', 'routes/sellers.$kind.$id.tsx'),
  route('dashboard', 'routes/dashboard.tsx'),
  route('dashboard/products/new', 'routes/dashboard.products.new.tsx'),
  route('dashboard/products/:id/edit', 'routes/dashboard.products.$id.edit.tsx'),
  route('dashboard/import', 'routes/dashboard.import.tsx'),
  route('dashboard/import/:id', 'routes/dashboard.import.$id.tsx'),
  route('dashboard/provenance', 'routes/dashboard.provenance.tsx'),
  route('dashboard/provenance/:id', 'routes/dashboard.provenance.$id.tsx'),
  route('dashboard/orders', 'routes/dashboard.orders.tsx'),
  route('cart', 'routes/cart.tsx'),
  route('checkout', 'routes/checkout.tsx'),
  route('checkout/:id', 'routes/checkout.$id.tsx'),
  route('orders', 'routes/orders.tsx'),
  route('orders/:id', 'routes/orders.$id.tsx'),
  route('login', 'routes/login.tsx'),
  route('register', 'routes/register.tsx'),
  route('logout', 'routes/logout.ts'),
  route('organisations/new', 'routes/organisations.new.tsx'),
  route('organisations/:id', 'routes/organisations.$id.tsx'),
  // Last: every other path, so the 404 page runs the root loader and speaks the visitor's language.
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
