export {};
console.info('parley widget');
