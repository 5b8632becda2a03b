/** A store whose method `name` waits `ms` before it runs (to widen a race); `onCall` is told first. */
import type { Store } from '../../src/storage/types.ts';

export function slowStore(store: Store, name: keyof Store, ms: number, onCall?: () => void): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (property !== name) return value.bind(target);
      return async (...args: unknown[]) => {
        onCall?.();
        await new Promise((r) => setTimeout(r, ms));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
