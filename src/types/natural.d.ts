// natural's package root pulls in database drivers and dotenv; we import single submodules by
// path, which ship without type declarations of their own.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
