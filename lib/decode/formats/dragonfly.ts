import { textFamily } from './text-family';

/** DragonFly Mail Agent (dma): "This is the DragonFly Mail Agent … at host." */
export const dragonfly = textFamily({
  id: 'dragonfly',
  body: ['this is the dragonfly mail agent'],
  source: 'Sisimai lib/Sisimai/Lhost/DragonFly.pm (markers)',
});
